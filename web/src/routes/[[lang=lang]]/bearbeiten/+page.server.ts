import { redirect } from '@sveltejs/kit';
import { currentEdit, startEditSession, type EditOutcome, type EditSession } from '$lib/server/edit/cms';
import { keepSession, sessionOf } from '$lib/server/edit/session';
import { refuseAccess, unavailable } from './access';
import { editPath } from './paths';
import type { PageServerLoad } from './$types';

/** A link token is far shorter; a longer `t` was not made by the CMS, and is not sent on. */
const MAX_TOKEN_LENGTH = 1000;

/**
 * The link from the email, `/bearbeiten?t=<token>`: the token is exchanged for a session cookie,
 * and the page moves on to the place's form by a refresh rather than a redirect. A SameSite=Strict
 * cookie set during a navigation that began on another site (the webmail) is not sent on the
 * redirect that follows it; a refresh is a new navigation from this site, and it replaces the
 * history entry, so that the token leaves the address bar and the history.
 */
export const load = (async ({ url, cookies, locals: { locale }, setHeaders }) => {
  const access = { cookies, url, locale };
  const token = url.searchParams.get('t');
  if (token !== null) {
    const outcome: EditOutcome<EditSession> = token.length > MAX_TOKEN_LENGTH ? { kind: 'unauthorized', reason: 'invalid' } : await startEditSession(token);
    if (outcome.kind === 'unauthorized') refuseAccess(access, { kind: 'link', reason: outcome.reason });
    if (outcome.kind !== 'ok') unavailable(locale);
    const { data } = outcome;
    keepSession(cookies, url, data);
    const target = editPath(data.place.slug, locale);
    setHeaders({ refresh: `0; url=${target}` });
    return { view: 'continue' as const, target, name: data.place.name };
  }
  // A session already started (a bookmark of this page): on to its place.
  const session = sessionOf(cookies);
  if (!session) return { view: 'start' as const };
  const current = await currentEdit(session);
  if (current.kind === 'unauthorized') refuseAccess(access, { kind: 'session', reason: current.reason });
  if (current.kind !== 'ok') unavailable(locale);
  redirect(303, editPath(current.data.place.slug, locale));
}) satisfies PageServerLoad;
