import { eventFieldOfPath, readEventForm, shownEventProblems, emptyEventValues, toEventFormValues, type EventFormValues } from '$lib/server/edit/event';
import { loadEntry, sendEntry, type SentEntry } from '../../../entry';
import { messages } from '../../../messages';
import { eventEditPath } from '../../../paths';
import type { Actions, PageServerLoad } from './$types';

export type SentEvent = SentEntry<EventFormValues>;

/** A new event of the session's place, or a change to one of its upcoming events; any other documentId is a 404. */
export const load = (async (page) => {
  const shown = await loadEntry(page, page.params.event, { entries: (current) => current.events, path: eventEditPath, missing: messages[page.locals.locale].events.none });
  if (shown.view !== 'entry') return shown;
  const { place, existing } = shown;
  return {
    view: 'form' as const,
    edit: { place, documentId: existing?.documentId ?? null, title: existing?.event.title ?? null, published: existing ? toEventFormValues(existing.event) : emptyEventValues() },
  };
}) satisfies PageServerLoad;

export const actions = {
  default: (page) =>
    sendEntry(page, page.params.event, {
      subject: 'event',
      path: eventEditPath,
      read: (body) => {
        const { values, event, problems } = readEventForm(body);
        return { values, problems, request: event && { subject: 'event', event } };
      },
      empty: emptyEventValues,
      shown: shownEventProblems,
      fieldOf: eventFieldOfPath,
    }),
} satisfies Actions;
