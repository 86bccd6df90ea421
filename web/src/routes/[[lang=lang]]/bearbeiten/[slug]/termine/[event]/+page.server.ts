import { error, fail, redirect } from '@sveltejs/kit';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { sendEventCancel, sendEventRequest } from '$lib/server/edit/cms';
import { emptyEventValues, eventFieldOfPath, readEventForm, shownEventProblems, toEventFormValues, type EventFormValues } from '$lib/server/edit/event';
import type { Problem, ShownProblem } from '$lib/server/edit/form';
import { answerSent, currentOrRefuse, sessionOrRefuse } from '../../../access';
import { messages } from '../../../messages';
import { CANCEL_FIELD, CANCELLED_PARAM, eventEditPath, NEW_EVENT, SENT_PARAM } from '../../../paths';
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
  if (url.searchParams.has(SENT_PARAM) || url.searchParams.has(CANCELLED_PARAM)) {
    return { view: 'thanks' as const, place, pending, cancelled: url.searchParams.has(CANCELLED_PARAM) };
  }
  const existing = params.event === NEW_EVENT ? null : events.find((event) => event.documentId === params.event);
  if (existing === undefined) error(404, messages[locale].events.none);
  return {
    view: 'form' as const,
    edit: { place, documentId: existing?.documentId ?? null, title: existing?.event.title ?? null, published: existing ? toEventFormValues(existing.event) : emptyEventValues() },
  };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, cookies, url, params, locals: { locale }, setHeaders }) => {
    const access = { cookies, url, locale };
    const session = sessionOrRefuse(access);
    const body = await readFormData(request);
    if (body === TOO_LARGE) return fail(413, { values: null, problems: [], refusal: { kind: 'body-too-large' } } satisfies SentEvent);
    if (!body) return fail(400, { values: null, problems: [], refusal: { kind: 'unreadable' } } satisfies SentEvent);

    const eventDocumentId = params.event === NEW_EVENT ? null : params.event;
    const thanks = (param: string) => `${eventEditPath(params.slug, params.event, locale)}?${param}`;
    // "Termin absagen" is a form of its own on an event's page, with one field.
    if (eventDocumentId && body.get(CANCEL_FIELD) !== null) {
      const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
        fail(status, { values: null, problems: shownEventProblems(problems, emptyEventValues()), refusal } satisfies SentEvent);
      return answerSent(await sendEventCancel(session, eventDocumentId), { access, thanks: thanks(CANCELLED_PARAM), setHeaders, answer, fieldOf: eventFieldOfPath });
    }

    const form = readEventForm(body);
    // Every refusal hands back all that was typed.
    const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
      fail(status, { values: form.values, problems: shownEventProblems(problems, form.values), refusal } satisfies SentEvent);
    if (!form.event) return answer(400, form.problems);

    return answerSent(await sendEventRequest(session, { event: form.event, eventDocumentId }), {
      access,
      thanks: thanks(SENT_PARAM),
      setHeaders,
      answer,
      fieldOf: eventFieldOfPath,
    });
  },
} satisfies Actions;
