import { z } from 'zod';

/** The place stage ids of the CMS (see $lib/labels). */
export const stageIds = ['idea', 'planned', 'under_development', 'active'] as const;
export type StageId = (typeof stageIds)[number];

/** Form fields that hold text, in the order the form shows them. */
export const textFields = ['name', 'town', 'district', 'description', 'website', 'contactName', 'contactEmail'] as const;
export type TextField = (typeof textFields)[number];

/** Every field a visitor fills in, in the order the form and its error summary show them. */
export const proposalFields = ['name', 'town', 'district', 'stage', 'themes', 'description', 'website', 'contactName', 'contactEmail', 'consent'] as const;
export type ProposalField = (typeof proposalFields)[number];

export const isTextField = (field: ProposalField): field is TextField => textFields.some((text) => text === field);

export const maxLengths: Record<TextField, number> = {
  name: 120,
  town: 80,
  district: 80,
  description: 1000,
  website: 300,
  contactName: 120,
  contactEmail: 254,
};

/** What the visitor sent, as sent, so that a refused form can be shown again with everything typed. */
export type ProposalValues = Record<TextField, string> & { stage: string; themes: string[]; consent: boolean };

export const emptyValues: ProposalValues = {
  name: '',
  town: '',
  district: '',
  description: '',
  website: '',
  contactName: '',
  contactEmail: '',
  stage: '',
  themes: [],
  consent: false,
};

/** Why a field was refused; the page turns it into a sentence in its language. */
export const fieldProblems = ['required', 'tooLong', 'html', 'invalidEmail', 'invalidUrl', 'unknownChoice', 'consentMissing', 'rejected'] as const;
export type FieldProblem = (typeof fieldProblems)[number];
export type FieldProblems = Partial<Record<ProposalField, FieldProblem>>;

/** Far beyond every limit, but keeps a refused form's echo from growing with whatever a client posts. */
const echoLimit = 10_000;

/** A text field as sent, cut to a length that keeps a refused form's echo small. */
export const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, echoLimit) : '';
};

export const readProposalValues = (form: FormData): ProposalValues => ({
  name: formText(form, 'name'),
  town: formText(form, 'town'),
  district: formText(form, 'district'),
  description: formText(form, 'description'),
  website: formText(form, 'website'),
  contactName: formText(form, 'contactName'),
  contactEmail: formText(form, 'contactEmail'),
  stage: formText(form, 'stage'),
  themes: form
    .getAll('themes')
    .flatMap((value) => (typeof value === 'string' ? [value.slice(0, 100)] : []))
    .slice(0, 50),
  consent: form.get('consent') === 'yes',
});

/**
 * An HTML tag or comment. Text with tags is refused with a message rather than stripped: the
 * visitor sees exactly what is stored, and nothing is silently lost. A lone "<" or ">" (as in
 * "Kinder < 6 Jahre") is plain text and passes.
 */
const htmlTag = /<\/?[a-z][^<>]*>|<!--/i;

/** Trimmed text of at most `max` characters without HTML tags; the issue's message is the FieldProblem. */
export const plainText = (max: number, { required }: { required: boolean }) =>
  z
    .string()
    .trim()
    .refine((value) => !required || value.length > 0, { error: 'required', abort: true })
    .refine((value) => value.length <= max, { error: 'tooLong', abort: true })
    .refine((value) => !htmlTag.test(value), { error: 'html' });

/** A website as people type it: "kulturhof.de" means https://kulturhof.de. */
const withScheme = (value: string) => (value === '' || /^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`);

const isWebAddress = (value: string) => {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !url.username && !url.password;
};

/** `themeSlugs` null: the CMS cannot be asked, so the themes are not checked (nothing is stored then either). */
export const proposalSchema = (themeSlugs: readonly string[] | null) =>
  z.object({
    name: plainText(maxLengths.name, { required: true }),
    town: plainText(maxLengths.town, { required: true }),
    district: plainText(maxLengths.district, { required: false }).transform((value) => value || undefined),
    stage: z.enum(stageIds, { error: (issue) => (issue.input === '' ? 'required' : 'unknownChoice') }),
    themes: z
      .array(z.string())
      .refine((slugs) => !themeSlugs || slugs.every((slug) => themeSlugs.includes(slug)), { error: 'unknownChoice' })
      .transform((slugs) => [...new Set(slugs)]),
    description: plainText(maxLengths.description, { required: true }),
    website: plainText(maxLengths.website, { required: false })
      .transform(withScheme)
      .refine((value) => value === '' || isWebAddress(value), { error: 'invalidUrl' })
      .transform((value) => value || undefined),
    contactName: plainText(maxLengths.contactName, { required: true }),
    contactEmail: plainText(maxLengths.contactEmail, { required: true }).pipe(z.email({ error: 'invalidEmail' })),
    consent: z.literal(true, { error: 'consentMissing' }),
  });

export type Proposal = z.output<ReturnType<typeof proposalSchema>>;

export const isFieldProblem = (value: unknown): value is FieldProblem => fieldProblems.some((problem) => problem === value);

/** The first problem of each of the form's `fields` that zod's issues name. */
export const firstProblems = <F extends string>(fields: readonly F[], issues: readonly { path: PropertyKey[]; message: string }[]) => {
  const problems: Partial<Record<F, FieldProblem>> = {};
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field && !problems[field]) problems[field] = isFieldProblem(issue.message) ? issue.message : 'rejected';
  }
  return problems;
};

export type Validation = { success: true; proposal: Proposal } | { success: false; problems: FieldProblems };

/** Checks the values against the rules and the CMS's theme slugs; names the first problem of each field. */
export const validateProposal = (values: ProposalValues, themeSlugs: readonly string[] | null): Validation => {
  const result = proposalSchema(themeSlugs).safeParse(values);
  return result.success ? { success: true, proposal: result.data } : { success: false, problems: firstProblems(proposalFields, result.error.issues) };
};
