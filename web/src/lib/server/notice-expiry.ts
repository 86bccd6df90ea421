import { berlinDate } from '$lib/format';
import { recordValidUntil } from './cache/tags';
import { addDays, berlinMidnight } from './calendar-clock';

/**
 * The notices still shown today in Berlin, where a notice's `expiresOn` is its last day. The CMS
 * hides expired notices itself; this is the belt for an answer cached before midnight. It tells
 * the render under way that its page holds until the earliest shown expiry day is over.
 */
export const currentNotices = <T extends { expiresOn: string | null }>(notices: T[], now = new Date()) => {
  const today = berlinDate(now.toISOString());
  const current = notices.filter((notice) => !notice.expiresOn || notice.expiresOn >= today);
  for (const { expiresOn } of current) if (expiresOn) recordValidUntil(berlinMidnight(addDays(expiresOn)).getTime());
  return current;
};
