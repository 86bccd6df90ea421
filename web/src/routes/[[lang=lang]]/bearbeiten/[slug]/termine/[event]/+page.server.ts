import { error, fail, redirect } from '@sveltejs/kit';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { currentEdit, sendEventRequest } from '$lib/server/edit/cms';
import { emptyEventValues, eventFieldOfPath, readEventForm, shownEventProblems, toEventFormValues, type EventFormValues } from '$lib/server/edit/event';
import type { Problem, ShownProblem } from '$lib/server/edit/form';
import { sessionOf } from '$lib/server/edit/session';
import { refuseAccess, unavailable } from '../../../access';
import { messages } from '../../../messages';
import { eventEditPath, NEW_EVENT } from '../../../paths';
import type { Refusal } from '../../refusal';
import type { Actions, PageServerLoad } from './$types';

const sentParam = 'gesendet';

export type SentEvent = { values: EventFormValues | null; problems: ShownProblem[]; refusal: Refusal | null };

/** A new event of the session's place, or a change to one of its upcoming events; any other documentId is a 404. */
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
  const { place, events, pending } = current.data;
  if (place.slug !== params.slug) redirect(303, eventEditPath(place.slug, params.event, locale));
  if (url.searchParams.has(sentParam)) return { view: 'thanks' as const, place, pending };
  const existing = params.event === NEW_EVENT ? null : events.find((event) => event.documentId === params.event);
  if (existing === undefined) error(404, messages[locale].events.none);
  return {
    view: 'form' as const,
    edit: { place, title: existing?.event.title ?? null, published: existing ? toEventFormValues(existing.event) : emptyEventValues() },
  };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, cookies, url, params, locals: { locale }, setHeaders }) => {
    const access = { cookies, url, locale };
    const session = sessionOf(cookies);
    if (!session) refuseAccess(access, { kind: 'none' });
    const body = await readFormData(request);
    if (body === TOO_LARGE) return fail(413, { values: null, problems: [], refusal: { kind: 'body-too-large' } } satisfies SentEvent);
    if (!body) return fail(400, { values: null, problems: [], refusal: { kind: 'unreadable' } } satisfies SentEvent);

    const form = readEventForm(body);
    // Every refusal hands back all that was typed.
    const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
      fail(status, { values: form.values, problems: shownEventProblems(problems, form.values), refusal } satisfies SentEvent);
    if (!form.event) return answer(400, form.problems);

    const outcome = await sendEventRequest(session, { event: form.event, eventDocumentId: params.event === NEW_EVENT ? null : params.event });
    switch (outcome.kind) {
      case 'ok':
        redirect(303, `${eventEditPath(params.slug, params.event, locale)}?${sentParam}`);
      case 'unauthorized':
        refuseAccess(access, { kind: 'session', reason: outcome.reason });
      case 'invalid':
        return answer(400, outcome.problems.map(({ path, code }) => ({ field: eventFieldOfPath(path), code })));
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
