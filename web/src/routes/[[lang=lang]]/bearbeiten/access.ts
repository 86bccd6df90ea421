import { error, redirect, type Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { currentEdit, type CmsProblem, type EditOutcome, type UnauthorizedReason } from '$lib/server/edit/cms';
import type { Problem } from '$lib/server/edit/form';
import { endSession, sessionOf } from '$lib/server/edit/session';
import type { Refusal } from './[slug]/refusal';
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

type Access = { cookies: Cookies; url: URL; locale: Locale };

/** The session from the cookie; without one, the 401 page. */
export function sessionOrRefuse(access: Access) {
  const session = sessionOf(access.cookies);
  if (!session) refuseAccess(access, { kind: 'none' });
  return session;
}

/**
 * What the session may edit (its place, profile and events); a dead session is the 401 page. With
 * the CMS down a GET is the 503 page, while a sent form gets null, to show what was typed again.
 */
export async function currentOrRefuse(access: Access, request: Request) {
  const current = await currentEdit(sessionOrRefuse(access));
  if (current.kind === 'unauthorized') refuseAccess(access, { kind: 'session', reason: current.reason });
  if (current.kind === 'ok') return current.data;
  if (request.method === 'POST') return null;
  unavailable(access.locale);
}

/**
 * A sent form's outcome: on to the thank-you view (post/redirect/get), the 401 page, or the form
 * again through `answer`, with the CMS's refused paths as the form's fields.
 */
export function answerSent<Answer>(
  outcome: EditOutcome<unknown>,
  {
    access,
    thanks,
    setHeaders,
    answer,
    fieldOf,
  }: {
    access: Access;
    thanks: string;
    setHeaders: (headers: Record<string, string>) => void;
    answer: (status: number, problems: Problem[], refusal?: Refusal) => Answer;
    fieldOf: (path: CmsProblem['path']) => string;
  },
) {
  switch (outcome.kind) {
    case 'ok':
      redirect(303, thanks);
    case 'unauthorized':
      refuseAccess(access, { kind: 'session', reason: outcome.reason });
    case 'invalid':
      return answer(400, outcome.problems.map(({ path, code }) => ({ field: fieldOf(path), code })));
    case 'rate-limited':
      setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
      return answer(429, [], { kind: 'rate-limited', minutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)) });
    case 'too-large':
      return answer(413, [], { kind: 'too-large' });
    case 'unavailable':
      return answer(503, [], { kind: 'unavailable' });
  }
}
