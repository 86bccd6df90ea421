import { components } from '../admin-labels/components';
import { event as eventLabels } from '../admin-labels/event';
import { place } from '../admin-labels/place';
import type { EditableEvent, EventField } from './event';
import type { EditableProfile, ProfileField } from './profile';

/** The German names of an enumeration's values, as its admin description spells them out ("coworking = Coworking, …"). */
const enumLabels = (description = '') => Object.fromEntries([...description.matchAll(/(\w+) = ([^,.]+)/g)].map(([, value, label]) => [value, label.trim()]));

const EVENT_KINDS = enumLabels(eventLabels.fields.kind?.description);
const FACT_LABELS = components.find((component) => component.uid === 'place.facts')?.fields ?? {};

export const fieldLabel = (field: ProfileField) => place.fields[field]?.label ?? field;

const lines = (rows: string[]) => rows.join('\n') || '(leer)';

/** A field of a (partial) profile as readable German text for the review table; list rows one per line. */
export const displayValue = (field: ProfileField, profile: Partial<EditableProfile>): string => {
  const { facts, contact } = profile;
  if (field === 'facts' && facts) {
    return lines(
      Object.entries(facts)
        .filter(([, fact]) => fact !== null && fact !== '')
        .map(([name, fact]) => `${FACT_LABELS[name]?.label ?? name}: ${fact}`),
    );
  }
  if (field === 'contact' && contact) {
    return lines([contact.name && `Name: ${contact.name}`, contact.email && `E-Mail: ${contact.email}`, contact.phone && `Telefon: ${contact.phone}`].filter((line) => line !== ''));
  }
  const value = profile[field];
  return typeof value === 'string' && value.trim() ? value : '(leer)';
};

/** A cancellation's one row: the event's times in its draft, and what applying does. */
export const CANCEL_LABEL = 'Absage';
export const CANCEL_TEXT = 'Der Ort sagt den Termin ab: nicht mehr veröffentlichen.';

/** The event's times are one row of the review: "Beginn und Ende". */
export const eventFieldLabel = (field: EventField) =>
  field === 'when' ? `${eventLabels.fields.startsAt?.label ?? 'Beginn'} und ${eventLabels.fields.endsAt?.label ?? 'Ende'}` : (eventLabels.fields[field]?.label ?? field);

const berlin = {
  day: new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeZone: 'Europe/Berlin' }),
  time: new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Berlin' }),
};
const dayOf = (iso: string) => berlin.day.format(new Date(iso));
const momentOf = (iso: string) => `${dayOf(iso)}, ${berlin.time.format(new Date(iso))} Uhr`;

/** When, in Berlin time: whole days for an all-day event (its end is its last day), else days and times. */
const whenText = ({ startsAt, endsAt, allDay }: EditableEvent) => {
  if (allDay) return `${dayOf(startsAt)}${endsAt && dayOf(endsAt) !== dayOf(startsAt) ? ` bis ${dayOf(endsAt)}` : ''} (ganztägig)`;
  return `${momentOf(startsAt)}${endsAt ? ` bis ${momentOf(endsAt)}` : ''}`;
};

/** A field of an event as readable German text for the review table. */
export const displayEventValue = (field: EventField, event: EditableEvent | null): string => {
  if (!event) return '(leer)';
  if (field === 'when') return whenText(event);
  if (field === 'kind') return EVENT_KINDS[event.kind] ?? event.kind;
  return event[field].trim() || '(leer)';
};
