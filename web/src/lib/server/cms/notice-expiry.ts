/** A notice is shown through its last day (`expiresOn`, inclusive) and never after; `today` is the day in Berlin (berlinDate). */
export const isCurrentNotice = (notice: { expiresOn: string | null }, today: string) => !notice.expiresOn || notice.expiresOn >= today;
