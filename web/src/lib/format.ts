const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** "12. März 2027, 13:00–17:00 Uhr"; an undated meeting says so instead. */
export const formatMeetingDate = (startsAt: string | null, endsAt?: string | null) => {
  if (!startsAt) return 'ohne Termin';
  const start = new Date(startsAt);
  const end = endsAt ? new Date(endsAt) : null;
  const day = dateFormat.format(start);
  if (!end) return `${day}, ${timeFormat.format(start)} Uhr`;
  return dateFormat.format(end) === day
    ? `${day}, ${timeFormat.format(start)}–${timeFormat.format(end)} Uhr`
    : `${day} bis ${dateFormat.format(end)}`;
};

export const formatMinutes = (minutes: number) =>
  minutes < 60 ? `${minutes} Min.` : `${Math.floor(minutes / 60)} Std.${minutes % 60 ? ` ${minutes % 60} Min.` : ''}`;
