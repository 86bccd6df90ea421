import { z } from 'zod';
import { noticeDirections, noticeKinds, offerKinds, seekingKinds, type NoticeDirection, type NoticeKind } from '$lib/edit/fields';
import { orderedProblems, text, type Problem } from './form';

// A notice ("Gesucht & Angeboten") of the session's place as the CMS sends and takes it
// (/api/edit-sessions/current and /api/change-requests with `subject: 'notice'`). The rules on the
// fields are the CMS's; the form itself refuses only what it can tell: a kind its direction does
// not take, since without JavaScript the select offers every kind.

const allKinds = [...seekingKinds, ...offerKinds] as const;
const isDirection = (value: string): value is NoticeDirection => noticeDirections.some((direction) => direction === value);
const isKind = (value: string): value is NoticeKind => allKinds.some((kind) => kind === value);
const kindFits = (direction: NoticeDirection, kind: string) => noticeKinds[direction].some((fitting) => fitting === kind);

const editableNotice = z.object({
  direction: z.enum(noticeDirections),
  kind: z.enum(allKinds),
  text: z.string(),
  expiresOn: z.iso.date().nullable(),
});
export type EditableNotice = z.infer<typeof editableNotice>;

/** One of the place's notices, as a draft (what a change is applied to): whether the site shows it, and whether its last day has passed. */
export const placeNotice = z.object({ documentId: z.string().min(1), published: z.boolean(), expired: z.boolean(), notice: editableNotice });
export type PlaceNotice = z.infer<typeof placeNotice>;

/** The notice form as typed. */
export type NoticeFormValues = { direction: string; kind: string; text: string; expiresOn: string };

/** The form's fields from top to bottom ('' is the request as a whole). */
const noticeFieldOrder = ['', 'direction', 'kind', 'text', 'expiresOn'];

export const emptyNoticeValues = (): NoticeFormValues => ({ direction: 'seeking', kind: '', text: '', expiresOn: '' });

export const toNoticeFormValues = (notice: EditableNotice): NoticeFormValues => ({ ...notice, expiresOn: notice.expiresOn ?? '' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The submitted notice form, as typed and, where the form can tell that it is some, as the CMS takes it. */
export const readNoticeForm = (form: FormData): { values: NoticeFormValues; notice: EditableNotice | null; problems: Problem[] } => {
  const values: NoticeFormValues = {
    direction: text(form, 'direction'),
    kind: text(form, 'kind'),
    text: text(form, 'text'),
    expiresOn: text(form, 'expiresOn').trim(),
  };
  const { direction, kind, expiresOn } = values;
  const problems: Problem[] = [];
  if (!isDirection(direction)) problems.push({ field: 'direction', code: 'invalid' });
  if (!isKind(kind)) problems.push({ field: 'kind', code: kind ? 'invalid' : 'required' });
  else if (isDirection(direction) && !kindFits(direction, kind)) problems.push({ field: 'kind', code: 'kind_direction' });
  const dateValid = DATE.test(expiresOn) && !Number.isNaN(Date.parse(`${expiresOn}T00:00:00Z`)) && new Date(`${expiresOn}T00:00:00Z`).toISOString().startsWith(expiresOn);
  if (expiresOn && !dateValid) problems.push({ field: 'expiresOn', code: 'invalid' });

  const notice =
    problems.length === 0 && isDirection(direction) && isKind(kind) ? { direction, kind, text: values.text.trim(), expiresOn: expiresOn || null } : null;
  return { values, notice, problems };
};

/** The form field a path of the CMS points at: the same names. */
export const noticeFieldOfPath = (path: readonly (string | number)[]) => {
  const [head] = path;
  return typeof head === 'string' && noticeFieldOrder.includes(head) ? head : '';
};

export const shownNoticeProblems = (problems: Problem[], values: NoticeFormValues) => orderedProblems(problems, noticeFieldOrder, values);
