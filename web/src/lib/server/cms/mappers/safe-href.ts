import { overAt } from '../../calendar-clock';

/** Where paths are resolved for the check: an origin that no content can name. */
const SITE = 'https://site.invalid';
const SCHEMES = ['http:', 'https:', 'mailto:'];

const parse = (value: string, base?: string) => {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
};

/**
 * A link from content, or null where it may not be one: an absolute http(s) or mailto address,
 * or a path on this site. Values are parsed as browsers parse an href (any case, leading spaces
 * and control characters, tabs and newlines inside the scheme) and returned as parsed, so that
 * what is checked is what the browser follows. `//host` and `/\host` leave the site without
 * naming a scheme, so they are neither.
 */
export const safeHref = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const absolute = parse(value);
  if (absolute) return SCHEMES.includes(absolute.protocol) ? absolute.href : null;
  const path = parse(value, SITE);
  return path?.origin === SITE && /^[\u0000-\u0020]*\//.test(value) ? `${path.pathname}${path.search}${path.hash}` : null;
};

/** A registration link: only on the web (no mailto: or paths), and only until the date is over. */
export const registrationHref = (value: unknown, entry: Parameters<typeof overAt>[0], now: Date) => {
  const href = safeHref(value);
  if (!href || !/^https?:\/\//.test(href)) return null;
  const over = overAt(entry);
  return over && over <= now ? null : href;
};
