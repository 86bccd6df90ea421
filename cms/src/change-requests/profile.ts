import { z } from 'zod';
import { isRecord } from '../is-record';

/**
 * What a place's own people may change through their edit link, in one plain shape: the five
 * sections as text (paragraphs split by blank lines), facts, the public contact and the website.
 * The site sends all of it; a change request keeps the fields that differ. What the place seeks and
 * offers are notices of their own (change requests with subject `notice`).
 */
export const SECTIONS = ['building', 'location', 'town', 'people', 'livingAndWorking'] as const;
export const PROFILE_FIELDS = [...SECTIONS, 'facts', 'contact', 'website'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const SECTION_MAX = 5000;
export const IMAGES_MAX = 3;

/** Rich text is for the Redaktion: markup, and script URLs, are refused from outside. */
const MARKUP = /<[a-z/!?]|javascript:/i;
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !MARKUP.test(value), { params: { code: 'markup' } });
/** A web address, http or https (the admin's rule for links), or none. */
export const link = (max: number) => z.union([z.literal(''), text(max).pipe(z.string().regex(/^https?:\/\/[^\s/$.?#][^\s]*$/))]);
const year = (min: number) => z.number().int().min(min).max(2100).nullable();
const count = (min: number) => z.number().int().min(min).max(1_000_000).nullable();

export const profileSchema = z.object({
  building: text(SECTION_MAX),
  location: text(SECTION_MAX),
  town: text(SECTION_MAX),
  people: text(SECTION_MAX),
  livingAndWorking: text(SECTION_MAX),
  facts: z.object({
    formerUse: text(200),
    yearBuilt: year(800),
    projectFounded: year(1900),
    floorArea: count(1),
    residents: count(0),
    workplaces: count(0),
  }),
  contact: z.object({
    name: text(120),
    email: z.union([z.literal(''), z.email().max(254)]),
    phone: z.union([z.literal(''), z.string().regex(/^\+?[0-9 ()/-]{5,40}$/)]),
  }),
  website: link(300),
});
export type EditableProfile = z.infer<typeof profileSchema>;

export const newImageSchema = z.object({
  alt: text(300).pipe(z.string().min(1)),
  credit: text(200),
  licence: text(120),
  role: z.enum(['cover', 'gallery']),
});
export type NewImage = z.infer<typeof newImageSchema>;

export const submissionSchema = z.object({ profile: profileSchema, images: z.array(newImageSchema).max(IMAGES_MAX) });

/** A field refused, with the code the site turns into its own words. */
export type Problem = { path: (string | number)[]; code: string; message: string };

const codeOf = (issue: z.core.$ZodIssue) => {
  // A custom check names its own code (an event's times); the others refuse markup.
  if (issue.code === 'custom') return typeof issue.params?.code === 'string' ? issue.params.code : 'markup';
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'too_many' : issue.origin === 'string' ? 'too_long' : 'out_of_range';
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'required' : 'out_of_range';
  return 'invalid';
};

const MESSAGES: Record<string, string> = {
  markup: 'HTML und Skripte sind nicht erlaubt.',
  too_many: 'Zu viele Einträge.',
  too_long: 'Der Text ist zu lang.',
  out_of_range: 'Die Zahl liegt außerhalb des erlaubten Bereichs.',
  required: 'Bitte ausfüllen.',
  invalid: 'Ungültiger Wert.',
};

export const problemsOf = (error: z.ZodError): Problem[] =>
  error.issues.map((issue) => {
    const code = codeOf(issue);
    // A profile's or an event's fields are named as the form names them, without the envelope.
    const path = issue.path.filter((part) => typeof part !== 'symbol');
    return { path: path[0] === 'profile' || path[0] === 'event' ? path.slice(1) : path, code, message: MESSAGES[code] ?? issue.message };
  });

/** The text of a rich-text node and its children. */
const plain = (node: unknown): string => {
  if (!isRecord(node)) return '';
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.children) ? node.children.map(plain).join('') : '';
};

/** Rich text as the edit form shows it: one paragraph per block (list items each on a line with a dash). */
export const sectionText = (blocks: unknown) =>
  (Array.isArray(blocks) ? blocks.filter(isRecord) : [])
    .map((block) =>
      block.type === 'list' && Array.isArray(block.children) ? block.children.map((item) => `- ${plain(item)}`).join('\n') : plain(block),
    )
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join('\n\n');

export const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : null);
const record = (value: unknown) => (isRecord(value) ? value : {});

/** A place's version (as the document service returns it, components populated) in the profile's shape. */
export const profileOf = (place: Record<string, unknown> | null): EditableProfile => {
  const facts = record(place?.facts);
  const contact = record(place?.contact);
  return {
    building: sectionText(place?.building),
    location: sectionText(place?.location),
    town: sectionText(place?.town),
    people: sectionText(place?.people),
    livingAndWorking: sectionText(place?.livingAndWorking),
    facts: {
      formerUse: str(facts.formerUse),
      yearBuilt: num(facts.yearBuilt),
      projectFounded: num(facts.projectFounded),
      floorArea: num(facts.floorArea),
      residents: num(facts.residents),
      workplaces: num(facts.workplaces),
    },
    contact: { name: str(contact.name), email: str(contact.email), phone: str(contact.phone) },
    website: str(place?.website),
  };
};

/** Paragraph breaks and spaces as the draft will store them, so that retyped text counts as unchanged. */
const normalised = (field: ProfileField, value: unknown) =>
  typeof value === 'string' && (SECTIONS as readonly string[]).includes(field)
    ? value
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/[ \t]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n')
    : value;

export const sameValue = (field: ProfileField, a: unknown, b: unknown) => JSON.stringify(normalised(field, a)) === JSON.stringify(normalised(field, b));

/** The fields of `proposed` that differ from `current`, with their proposed values. */
export const changedFields = (current: EditableProfile, proposed: EditableProfile): Partial<EditableProfile> =>
  Object.fromEntries(PROFILE_FIELDS.filter((field) => !sameValue(field, current[field], proposed[field])).map((field) => [field, proposed[field]]));

/** The populate that `profileOf` needs, plus the images. */
export const PROFILE_POPULATE = {
  facts: true,
  contact: true,
  cover: { populate: { media: true } },
  gallery: { populate: { media: true } },
} as const;
