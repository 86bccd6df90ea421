import { z } from 'zod';
import { eventKinds } from '$lib/edit/fields';
import { berlinClock, berlinInstant } from '../calendar-clock';
import { orderedProblems, text, type Problem } from './form';

// An event of the session's place as the CMS sends and takes it (/api/edit-sessions/current and
// /api/change-requests with `subject: 'event'`): UTC instants, the description as plain text.
// The form shows and takes Berlin dates and times; the rules on the fields are the CMS's.

export const editableEvent = z.object({
  title: z.string(),
  kind: z.enum(eventKinds),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  allDay: z.boolean(),
  description: z.string(),
  registrationUrl: z.string(),
  price: z.string(),
  accessibility: z.string(),
});
export type EditableEvent = z.infer<typeof editableEvent>;

/** One of the place's upcoming events, as a draft (what a change is applied to), and whether the site shows it. */
export const placeEvent = z.object({ documentId: z.string().min(1), published: z.boolean(), event: editableEvent });
export type PlaceEvent = z.infer<typeof placeEvent>;

/** The event form as typed: Berlin dates and times, the all-day box. */
export type EventFormValues = {
  title: string;
  kind: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  allDay: boolean;
  description: string;
  registrationUrl: string;
  price: string;
  accessibility: string;
};

/** The form's fields from top to bottom ('' is the request as a whole). */
export const eventFieldOrder = ['', 'title', 'kind', 'startDate', 'startTime', 'endDate', 'endTime', 'allDay', 'description', 'registrationUrl', 'price', 'accessibility'];

export const emptyEventValues = (): EventFormValues => ({
  title: '',
  kind: 'other',
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  allDay: false,
  description: '',
  registrationUrl: '',
  price: '',
  accessibility: '',
});

/** An event as the form shows it, in Berlin time; an all-day event by its days only. */
export const toEventFormValues = (event: EditableEvent): EventFormValues => {
  const start = berlinClock(event.startsAt);
  const end = event.endsAt ? berlinClock(event.endsAt) : null;
  return {
    ...event,
    startDate: start.date,
    startTime: event.allDay ? '' : start.time,
    endDate: end?.date ?? '',
    endTime: end && !event.allDay ? end.time : '',
  };
};

const isKind = (value: string): value is EditableEvent['kind'] => eventKinds.some((kind) => kind === value);

/**
 * The submitted event form, as typed and, where the form itself can tell that its dates and times
 * are some, as the CMS takes it. An all-day event starts at midnight in Berlin of its first day
 * and ends at midnight of its last (the first, for one day). A timed end without a date ends on
 * the day it starts.
 */
export const readEventForm = (form: FormData): { values: EventFormValues; event: EditableEvent | null; problems: Problem[] } => {
  const values: EventFormValues = {
    title: text(form, 'title'),
    kind: text(form, 'kind'),
    startDate: text(form, 'startDate').trim(),
    startTime: text(form, 'startTime').trim(),
    endDate: text(form, 'endDate').trim(),
    endTime: text(form, 'endTime').trim(),
    allDay: form.get('allDay') === 'on',
    description: text(form, 'description'),
    registrationUrl: text(form, 'registrationUrl'),
    price: text(form, 'price'),
    accessibility: text(form, 'accessibility'),
  };
  const problems: Problem[] = [];
  const at = (dateField: 'startDate' | 'endDate', timeField: 'startTime' | 'endTime', date: string, time: string) => {
    const instant = berlinInstant(date, time);
    if (instant) return instant;
    problems.push({ field: berlinInstant(date, '00:00') ? timeField : dateField, code: 'invalid' });
    return null;
  };

  let startsAt: string | null = null;
  let endsAt: string | null = null;
  if (!values.startDate) problems.push({ field: 'startDate', code: 'required' });
  else if (values.allDay) {
    startsAt = at('startDate', 'startTime', values.startDate, '00:00');
    endsAt = at('endDate', 'endTime', values.endDate || values.startDate, '00:00');
  } else {
    if (values.startTime) startsAt = at('startDate', 'startTime', values.startDate, values.startTime);
    else problems.push({ field: 'startTime', code: 'required' });
    if (values.endTime) endsAt = at('endDate', 'endTime', values.endDate || values.startDate, values.endTime);
    else if (values.endDate) problems.push({ field: 'endTime', code: 'required' });
  }
  if (!isKind(values.kind)) problems.push({ field: 'kind', code: 'invalid' });

  const event =
    problems.length === 0 && startsAt && isKind(values.kind)
      ? {
          title: values.title.trim(),
          kind: values.kind,
          startsAt,
          endsAt,
          allDay: values.allDay,
          description: values.description.trim(),
          registrationUrl: values.registrationUrl.trim(),
          price: values.price.trim(),
          accessibility: values.accessibility.trim(),
        }
      : null;
  return { values, event, problems };
};

/** The form field a path of the CMS points at: its instants are the dates typed. */
export const eventFieldOfPath = (path: readonly (string | number)[]) => {
  const [head] = path;
  if (head === 'startsAt') return 'startDate';
  if (head === 'endsAt') return 'endDate';
  return typeof head === 'string' && eventFieldOrder.includes(head) ? head : '';
};

export const shownEventProblems = (problems: Problem[], values: EventFormValues) => orderedProblems(problems, eventFieldOrder, values);
