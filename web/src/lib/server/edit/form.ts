import { propertyOf } from '../property';
import { contactKeys, factKeys, imageRoles, sectionKeys, type NumericFactKey, type SectionKey } from '$lib/edit/fields';
import type { EditableProfile, NewImage } from './profile';

/** Slots for new images. */
const IMAGE_SLOTS = 3;

/**
 * Everything as typed, so that a refused form comes back exactly as it was sent. The field names
 * of the form are these keys joined by dots: `facts.yearBuilt`, `images.2.alt`.
 */
export type FormValues = Record<SectionKey, string> & {
  facts: { formerUse: string } & Record<NumericFactKey, string>;
  contact: { name: string; email: string; phone: string };
  website: string;
  images: { alt: string; credit: string; licence: string; role: string }[];
};

/** Why a field was refused: the contract's codes, which the CMS names too. */
const problemCodes = [
  'required',
  'too_long',
  'invalid',
  'markup',
  'out_of_range',
  'too_many',
  'file_type',
  'file_size',
  'unchanged',
  'too_far_ahead',
  'ends_before_start',
  // a notice's kind that its direction does not take, and a last day before today
  'kind_direction',
  'in_past',
] as const;
export type ProblemCode = (typeof problemCodes)[number];
export const isProblemCode = (value: unknown): value is ProblemCode => problemCodes.some((code) => code === value);

/** A refused field by its form name ('' for the whole request, as `unchanged`). */
export type Problem = { field: string; code: ProblemCode };

const emptyImage = () => ({ alt: '', credit: '', licence: '', role: 'gallery' });

/** The published profile as the form shows it: every field prefilled, plus image slots. */
export const toFormValues = (profile: EditableProfile): FormValues => {
  const { facts } = profile;
  const shown = (value: number | null) => (value === null ? '' : String(value));
  return {
    building: profile.building,
    location: profile.location,
    town: profile.town,
    people: profile.people,
    livingAndWorking: profile.livingAndWorking,
    facts: {
      formerUse: facts.formerUse,
      yearBuilt: shown(facts.yearBuilt),
      projectFounded: shown(facts.projectFounded),
      floorArea: shown(facts.floorArea),
      residents: shown(facts.residents),
      workplaces: shown(facts.workplaces),
    },
    contact: { ...profile.contact },
    website: profile.website,
    images: Array.from({ length: IMAGE_SLOTS }, emptyImage),
  };
};

/** Far beyond every limit, but keeps a refused form's echo from growing with whatever a client posts. */
const ECHO_LIMIT = 10_000;

/** Browsers send a textarea's line breaks as CRLF; the CMS keeps LF, and would see every text as changed. */
export const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, ECHO_LIMIT).replace(/\r\n?/g, '\n') : '';
};

export const readFormValues = (form: FormData): FormValues => ({
  building: text(form, 'building'),
  location: text(form, 'location'),
  town: text(form, 'town'),
  people: text(form, 'people'),
  livingAndWorking: text(form, 'livingAndWorking'),
  facts: {
    formerUse: text(form, 'facts.formerUse'),
    yearBuilt: text(form, 'facts.yearBuilt'),
    projectFounded: text(form, 'facts.projectFounded'),
    floorArea: text(form, 'facts.floorArea'),
    residents: text(form, 'facts.residents'),
    workplaces: text(form, 'facts.workplaces'),
  },
  contact: { name: text(form, 'contact.name'), email: text(form, 'contact.email'), phone: text(form, 'contact.phone') },
  website: text(form, 'website'),
  images: Array.from({ length: IMAGE_SLOTS }, (_, i) => ({
    alt: text(form, `images.${i}.alt`),
    credit: text(form, `images.${i}.credit`),
    licence: text(form, `images.${i}.licence`),
    role: text(form, `images.${i}.role`) || 'gallery',
  })),
});

/** An empty file input is sent as a file without name and content. */
const chosenFile = (form: FormData, name: string) => {
  const value = form.get(name);
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : null;
};

/** A whole number (every fact is one) as people type it, "1.200" or "1,200" too; '' is none, undefined no whole number. */
const parseNumber = (typed: string) => {
  const value = typed.replace(/\s/g, '');
  if (value === '') return null;
  const plain = /^\d{1,3}([.,]\d{3})+$/.test(value) ? value.replace(/[.,]/g, '') : value;
  return /^-?\d{1,9}$/.test(plain) ? Number(plain) : undefined;
};

const isOneOf = <Value extends string>(choices: readonly Value[], value: string): value is Value => choices.some((choice) => choice === value);

/**
 * Where the CMS's paths point in the form: its list of images leaves out the slots without a
 * file, so its indexes are counted in what was sent.
 */
type SentRows = { images: number[] };

export type EditForm = {
  values: FormValues;
  profile: EditableProfile;
  images: NewImage[];
  files: File[];
  sent: SentRows;
  /** What the form itself can tell: numbers that are none, images without a file or alt text. */
  problems: Problem[];
};

/** The submitted form, as typed and as the CMS takes it. */
export const readEditForm = (form: FormData): EditForm => {
  const values = readFormValues(form);
  const problems: Problem[] = [];
  const sent: SentRows = { images: [] };

  const fact = (key: NumericFactKey) => {
    const number = parseNumber(values.facts[key]);
    if (number !== undefined) return number;
    problems.push({ field: `facts.${key}`, code: 'invalid' });
    return null;
  };
  const facts: EditableProfile['facts'] = {
    formerUse: values.facts.formerUse.trim(),
    yearBuilt: fact('yearBuilt'),
    projectFounded: fact('projectFounded'),
    floorArea: fact('floorArea'),
    residents: fact('residents'),
    workplaces: fact('workplaces'),
  };

  const images: NewImage[] = [];
  const files: File[] = [];
  values.images.forEach((slot, index) => {
    const file = chosenFile(form, `images.${index}.file`);
    const described = Boolean(slot.alt.trim() || slot.credit.trim() || slot.licence.trim());
    // After a refusal the browser has forgotten the files, while the descriptions are kept.
    if (!file) {
      if (described) problems.push({ field: `images.${index}.file`, code: 'required' });
      return;
    }
    if (!slot.alt.trim()) problems.push({ field: `images.${index}.alt`, code: 'required' });
    if (!isOneOf(imageRoles, slot.role)) problems.push({ field: `images.${index}.role`, code: 'invalid' });
    const role = isOneOf(imageRoles, slot.role) ? slot.role : 'gallery';
    images.push({ alt: slot.alt.trim(), credit: slot.credit.trim(), licence: slot.licence.trim(), role });
    files.push(file);
    sent.images.push(index);
  });

  const { contact } = values;
  const profile: EditableProfile = {
    building: values.building.trim(),
    location: values.location.trim(),
    town: values.town.trim(),
    people: values.people.trim(),
    livingAndWorking: values.livingAndWorking.trim(),
    facts,
    contact: { name: contact.name.trim(), email: contact.email.trim(), phone: contact.phone.trim() },
    website: values.website.trim(),
  };
  return { values, profile, images, files, sent, problems };
};

/** The form field a path of the CMS points at; the request as a whole is ''. */
export const fieldOfPath = (path: readonly (string | number)[], sent: SentRows) => {
  const [head, index, ...rest] = path;
  if (head === 'images') {
    if (typeof index !== 'number') return head;
    return [head, sent.images[index] ?? index, ...(rest.length ? rest : ['file'])].join('.');
  }
  return path.join('.');
};

/** The form's fields from top to bottom; a list's own name stands before its rows. */
const fieldOrder = (values: FormValues) => [
  '',
  ...sectionKeys,
  ...factKeys.map((key) => `facts.${key}`),
  ...contactKeys.map((key) => `contact.${key}`),
  'website',
  'images',
  ...values.images.flatMap((_, i) => ['file', 'alt', 'credit', 'licence', 'role'].map((part) => `images.${i}.${part}`)),
];

/** The text typed into a field, e.g. `images.2.alt`; '' where there is none. */
export const typedAt = (values: object, field: string) => {
  const value = field.split('.').reduce<unknown>((node, key) => propertyOf(node, key), values);
  return typeof value === 'string' ? value : '';
};

/**
 * The problems as a form shows them: one a field, in the form's `order` from top to bottom, each
 * with the length of what was typed there (for "höchstens 500 Zeichen, jetzt sind es 612").
 */
export const orderedProblems = (problems: Problem[], order: string[], values: object) => {
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return problems
    .filter((problem, i) => problems.findIndex((other) => other.field === problem.field) === i)
    .sort((a, b) => rank(a.field) - rank(b.field))
    .map((problem) => ({ ...problem, length: typedAt(values, problem.field).trim().length }));
};
export type ShownProblem = ReturnType<typeof orderedProblems>[number];

/** The profile form's problems in its order. */
export const shownProblems = (problems: Problem[], values: FormValues) => orderedProblems(problems, fieldOrder(values), values);
