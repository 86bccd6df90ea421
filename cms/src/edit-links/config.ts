const whole = (name: string, fallback: number, min = 1) => {
  const value = Number(process.env[name] || fallback);
  return Number.isInteger(value) && value >= min ? value : fallback;
};

/** The edit links' settings, read when used, as cms/.env.example documents them. */
export const editLinkConfig = () => ({
  /** Signs links and sessions; unset, no link can be sent or opened. */
  secret: process.env.EDIT_LINK_SECRET || undefined,
  linkDays: whole('EDIT_LINK_DAYS', 30),
  sessionMinutes: whole('EDIT_SESSION_MINUTES', 120),
  /** Change requests a link may send a minute, and a day. */
  perMinute: whole('EDIT_RATE_LIMIT', 10),
  perDay: whole('EDIT_DAILY_LIMIT', 20),
  retentionDays: whole('CHANGE_REQUEST_RETENTION_DAYS', 90, 0),
  siteUrl: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, ''),
});
