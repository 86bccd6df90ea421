const whole = (name: string, fallback: number, min = 1) => {
  const value = Number(process.env[name] || fallback);
  return Number.isInteger(value) && value >= min ? value : fallback;
};

/** The settings of answers to notices, read when used, as cms/.env.example documents them. */
export const noticeReplyConfig = () => ({
  /** Answers a visitor may send a day, counted per client address and per email address alike. */
  perVisitor: whole('NOTICE_REPLY_DAILY_LIMIT', 5),
  /** Answers one place may receive a day. */
  perPlace: whole('NOTICE_REPLY_PLACE_DAILY_LIMIT', 20),
  /** An answer still undelivered after this many days is deleted, and the Redaktion told. */
  maxDays: Math.min(7, whole('NOTICE_REPLY_MAX_DAYS', 7)),
  /** How long the intake waits for the mail server before it answers "wird zugestellt" (202). */
  deliveryWaitMs: whole('NOTICE_REPLY_DELIVERY_WAIT_MS', 1500, 0),
  siteUrl: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, ''),
});
