/** "5. Dez. 2026, 14:03": when something happened. */
export const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });

/** "4. Januar 2027": a day someone plans by. */
export const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' });
