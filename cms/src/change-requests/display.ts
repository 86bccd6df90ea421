import { components } from '../admin-labels/components';
import { place } from '../admin-labels/place';
import type { EditableProfile, ProfileField } from './profile';

/** The German names of an enumeration's values, as its admin description spells them out ("coworking = Coworking, …"). */
export const enumLabels = (description = '') => Object.fromEntries([...description.matchAll(/(\w+) = ([^,.]+)/g)].map(([, value, label]) => [value, label.trim()]));

const FACT_LABELS = components.find((component) => component.uid === 'place.facts')?.fields ?? {};

export const fieldLabel = (field: ProfileField) => place.fields[field]?.label ?? field;

export const dateDe = (iso: string) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
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

