import { fail, redirect } from '@sveltejs/kit';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { currentEdit, sendChangeRequest } from '$lib/server/edit/cms';
import { EDIT_BODY_BYTES } from '$lib/server/edit/config';
import { fieldOfPath, readEditForm, shownProblems, toFormValues, type FormValues, type Problem, type ShownProblem } from '$lib/server/edit/form';
import { sessionOf } from '$lib/server/edit/session';
import { refuseAccess, unavailable } from '../access';
import { editPath } from '../paths';
import type { Refusal } from './refusal';
import type { Actions, PageServerLoad } from './$types';

/** The query parameter of the thank-you view that a sent change is redirected to (post/redirect/get). */
const sentParam = 'gesendet';

export type Sent = { values: FormValues | null; problems: ShownProblem[]; refusal: Refusal | null; imagesAgain: boolean };

/** Only the session's own place: a link reaches exactly the place it was sent for. */
export const load = (async ({ params, url, cookies, request, locals: { locale } }) => {
  const access = { cookies, url, locale };
  const session = sessionOf(cookies);
  if (!session) refuseAccess(access, { kind: 'none' });
  const current = await currentEdit(session);
  if (current.kind === 'unauthorized') refuseAccess(access, { kind: 'session', reason: current.reason });
  if (current.kind !== 'ok') {
    // After a sent form the page shows what was typed, and says that nothing is lost.
    if (request.method === 'POST') return { view: 'form' as const, edit: null };
    unavailable(locale);
  }
  const { place, profile, expiresAt, linkExpiresAt, images, pending, limits, events } = current.data;
  if (place.slug !== params.slug) redirect(303, editPath(place.slug, locale));
  if (url.searchParams.has(sentParam)) return { view: 'thanks' as const, place, pending };
  return { view: 'form' as const, edit: { place, expiresAt, linkExpiresAt, images, pending, limits, events, published: toFormValues(profile) } };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, cookies, url, params, locals: { locale }, setHeaders }) => {
    const access = { cookies, url, locale };
    const session = sessionOf(cookies);
    if (!session) refuseAccess(access, { kind: 'none' });
    const refuse = (status: number, sent: Sent) => fail(status, sent);
    const body = await readFormData(request, EDIT_BODY_BYTES);
    if (body === TOO_LARGE) return refuse(413, { values: null, problems: [], refusal: { kind: 'body-too-large' }, imagesAgain: false });
    if (!body) return refuse(400, { values: null, problems: [], refusal: { kind: 'unreadable' }, imagesAgain: false });

    const form = readEditForm(body);
    // Every refusal hands back all that was typed; only the files a browser cannot put back.
    const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
      refuse(status, { values: form.values, problems: shownProblems(problems, form.values), refusal, imagesAgain: form.files.length > 0 });
    if (form.problems.length) return answer(400, form.problems);

    const outcome = await sendChangeRequest(session, form);
    switch (outcome.kind) {
      case 'ok':
        redirect(303, `${editPath(params.slug, locale)}?${sentParam}`);
      case 'unauthorized':
        refuseAccess(access, { kind: 'session', reason: outcome.reason });
      case 'invalid':
        return answer(400, outcome.problems.map(({ path, code }) => ({ field: fieldOfPath(path, form.sent), code })));
      case 'rate-limited':
        setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
        return answer(429, [], { kind: 'rate-limited', minutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)) });
      case 'too-large':
        return answer(413, [], { kind: 'too-large' });
      case 'unavailable':
        return answer(503, [], { kind: 'unavailable' });
    }
  },
} satisfies Actions;
