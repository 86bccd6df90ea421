import { error, fail, redirect } from '@sveltejs/kit';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { sendEventRequest } from '$lib/server/edit/cms';
import { emptyEventValues, eventFieldOfPath, readEventForm, shownEventProblems, toEventFormValues, type EventFormValues } from '$lib/server/edit/event';
import type { Problem, ShownProblem } from '$lib/server/edit/form';
import { answerSent, currentOrRefuse, sessionOrRefuse } from '../../../access';
import { messages } from '../../../messages';
import { eventEditPath, NEW_EVENT, SENT_PARAM } from '../../../paths';
import type { Refusal } from '../../refusal';
import type { Actions, PageServerLoad } from './$types';

export type SentEvent = { values: EventFormValues | null; problems: ShownProblem[]; refusal: Refusal | null };

/** A new event of the session's place, or a change to one of its upcoming events; any other documentId is a 404. */
export const load = (async ({ params, url, cookies, request, locals: { locale } }) => {
  const current = await currentOrRefuse({ cookies, url, locale }, request);
  // After a sent form the page shows what was typed, and says that nothing is lost.
  if (!current) return { view: 'form' as const, edit: null };
  const { place, events, pending } = current;
  if (place.slug !== params.slug) redirect(303, eventEditPath(place.slug, params.event, locale));
  if (url.searchParams.has(SENT_PARAM)) return { view: 'thanks' as const, place, pending };
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
    const session = sessionOrRefuse(access);
    const body = await readFormData(request);
    if (body === TOO_LARGE) return fail(413, { values: null, problems: [], refusal: { kind: 'body-too-large' } } satisfies SentEvent);
    if (!body) return fail(400, { values: null, problems: [], refusal: { kind: 'unreadable' } } satisfies SentEvent);

    const form = readEventForm(body);
    // Every refusal hands back all that was typed.
    const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
      fail(status, { values: form.values, problems: shownEventProblems(problems, form.values), refusal } satisfies SentEvent);
    if (!form.event) return answer(400, form.problems);

    const eventDocumentId = params.event === NEW_EVENT ? null : params.event;
    return answerSent(await sendEventRequest(session, { event: form.event, eventDocumentId }), {
      access,
      thanks: `${eventEditPath(params.slug, params.event, locale)}?${SENT_PARAM}`,
      setHeaders,
      answer,
      fieldOf: eventFieldOfPath,
    });
  },
} satisfies Actions;
