import { error, type Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import type { UnauthorizedReason } from '$lib/server/edit/cms';
import { endSession } from '$lib/server/edit/session';
import { messages } from './messages';

/**
 * The 401 of every edit page: why, in the page's language, and how to get a new link; the cookie
 * goes, so that a dead session is not sent again. `kind` says what was refused: the link from the
 * email, the session it started, or neither was there.
 */
export function refuseAccess(
  { cookies, url, locale }: { cookies: Cookies; url: URL; locale: Locale },
  refused: { kind: 'link' | 'session'; reason: UnauthorizedReason } | { kind: 'none' },
): never {
  const t = messages[locale].unauthorized;
  endSession(cookies, url);
  error(401, `${refused.kind === 'none' ? t.none : t[refused.kind][refused.reason]} ${t.newLink}`);
}

/** The CMS cannot be asked: a 503, which the site's hook marks with Retry-After. */
export function unavailable(locale: Locale): never {
  error(503, messages[locale].unavailable);
}
