import { z } from 'zod';
import { config } from '../config';
import { cmsHeaders } from '../cms/headers';
import { log } from '../logging/log';
import { editConfig } from './config';
import { isProblemCode, type ProblemCode } from './form';
import { placeEvent, type EditableEvent } from './event';
import { placeNotice, type EditableNotice } from './notice';
import { editableProfile, publishedImage, type EditableProfile, type NewImage } from './profile';

// The three routes of the CMS's content API that the edit pages use (issue 15's contract). Each
// answers one of the outcomes below; nothing here logs the link token, the session or a value.

const unauthorizedReasons = ['invalid', 'expired', 'revoked'] as const;
export type UnauthorizedReason = (typeof unauthorizedReasons)[number];

/** A refused field as the CMS names it: the path into what was sent, and why. */
export type CmsProblem = { path: (string | number)[]; code: ProblemCode };

export type EditOutcome<Data> =
  | { kind: 'ok'; data: Data }
  | { kind: 'unauthorized'; reason: UnauthorizedReason }
  | { kind: 'invalid'; problems: CmsProblem[] }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'too-large' }
  /** Down, too slow, failing, answering nonsense, or refusing the site's EDIT_TOKEN (or none set). */
  | { kind: 'unavailable' };

const placeRef = z.object({ slug: z.string(), name: z.string() });

const sessionAnswer = z.object({ data: z.object({ session: z.string().min(1).max(300), expiresAt: z.iso.datetime({ offset: true }), place: placeRef }) });
export type EditSession = z.infer<typeof sessionAnswer>['data'];

const currentAnswer = z.object({
  data: z.object({
    expiresAt: z.iso.datetime({ offset: true }),
    linkExpiresAt: z.iso.datetime({ offset: true }),
    place: placeRef,
    profile: editableProfile,
    // A CMS without its public URL set answers paths, which the browser must fetch from the CMS.
    images: z.array(publishedImage.transform((image) => ({ ...image, url: image.url.startsWith('/') ? `${config().cmsPublicUrl}${image.url}` : image.url }))),
    /** The place's upcoming events, drafts and published: what "Termine" lists and a change starts from. */
    events: z.array(placeEvent),
    /** The place's notices, drafts, published and expired: what "Gesucht & Angeboten" lists. */
    notices: z.array(placeNotice),
    pending: z.number().int().nonnegative(),
    /** How complete the published profile is, and the keys of what it lacks (the CMS's profile-health/score.ts); null before the CMS first scored it. */
    completeness: z.object({ completeness: z.number().int().min(0).max(100), missing: z.array(z.string()) }).nullable(),
    /** The profile's views of the last `days` days (German and English page), in all and by week, newest first. */
    views: z
      .object({
        days: z.number().int().positive(),
        total: z.number().int().nonnegative(),
        weeks: z.array(z.object({ until: z.string(), views: z.number().int().nonnegative() })),
      })
      .nullable(),
    limits: z.object({
      maxImages: z.number().int().nonnegative(),
      maxImageMegabytes: z.number().positive(),
    }),
  }),
});

const changeAnswer = z.object({ data: z.object({ documentId: z.string(), fields: z.array(z.string()) }) });

/** Strapi's error shape, with the parts the contract fills in. */
const errorAnswer = z.object({
  error: z.object({
    name: z.string().optional(),
    details: z
      .object({
        reason: z.string().optional(),
        retryAfterSeconds: z.number().optional(),
        errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string() })).optional(),
      })
      .optional(),
  }),
});

const isReason = (value: unknown): value is UnauthorizedReason => unauthorizedReasons.some((reason) => reason === value);

/** The answer to a call the CMS took: its data, or what it refused, in the contract's words. */
const outcomeOf = async <Data>(response: Response, answer: z.ZodType<{ data: Data }>, call: string): Promise<EditOutcome<Data>> => {
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = answer.safeParse(body);
    if (parsed.success) return { kind: 'ok', data: parsed.data.data };
    log.error('Edit call answered in an unexpected shape', { call, status: response.status, issues: parsed.error.issues.map((issue) => issue.path.join('.')) });
    return { kind: 'unavailable' };
  }
  const details = errorAnswer.safeParse(body).data?.error.details;
  switch (response.status) {
    case 401: {
      const given = details?.reason;
      const reason = isReason(given) ? given : 'invalid';
      log.warn('Edit call refused the link or session', { call, reason });
      return { kind: 'unauthorized', reason };
    }
    case 400: {
      const problems = (details?.errors ?? []).map(({ path, code }) => ({ path, code: isProblemCode(code) ? code : 'invalid' }));
      log.warn('Edit call refused fields', { call, problems: problems.map(({ path, code }) => `${path.join('.')}:${code}`) });
      return { kind: 'invalid', problems: problems.length ? problems : [{ path: [], code: 'invalid' }] };
    }
    case 413:
      return { kind: 'too-large' };
    case 429: {
      const header = Number(response.headers.get('retry-after'));
      const retryAfterSeconds = Number.isFinite(header) && header > 0 ? header : (details?.retryAfterSeconds ?? 60);
      log.warn('Edit call rate-limited', { call, retryAfterSeconds });
      return { kind: 'rate-limited', retryAfterSeconds: Math.ceil(retryAfterSeconds) };
    }
    default:
      log.error('Edit call failed', {
        call,
        status: response.status,
        hint: response.status === 403 ? 'check EDIT_TOKEN in the site and the CMS' : undefined,
      });
      return { kind: 'unavailable' };
  }
};

/** One call with EDIT_TOKEN, and the edit session where there is one. */
const call = async <Data>(
  name: string,
  path: string,
  { session, body, timeoutMs }: { session?: string; body?: { json: unknown } | { form: FormData }; timeoutMs?: number },
  answer: z.ZodType<{ data: Data }>,
): Promise<EditOutcome<Data>> => {
  const { editToken } = editConfig();
  if (!editToken) {
    log.error('Edit call not made: EDIT_TOKEN is not set', { call: name });
    return { kind: 'unavailable' };
  }
  const { cmsUrl, cmsTimeoutMs } = config();
  const headers: Record<string, string> = { ...cmsHeaders(editToken), accept: 'application/json' };
  if (session) headers['x-edit-session'] = session;
  if (body && 'json' in body) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${cmsUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers,
      body: body && ('json' in body ? JSON.stringify(body.json) : body.form),
      signal: AbortSignal.timeout(timeoutMs ?? cmsTimeoutMs),
    });
  } catch (failure) {
    log.error('Edit call failed: CMS unreachable', { call: name, cause: failure instanceof Error ? failure.name : 'unknown' });
    return { kind: 'unavailable' };
  }
  try {
    return await outcomeOf(response, answer, name);
  } catch (failure) {
    log.error('Edit call failed while its answer was read', { call: name, cause: failure instanceof Error ? failure.name : 'unknown' });
    return { kind: 'unavailable' };
  }
};

/** Exchanges the link token from the email for an edit session. */
export const startEditSession = (token: string) => call('edit-sessions', '/api/edit-sessions', { body: { json: { token } } }, sessionAnswer);

/** The session's place and its published profile. */
export const currentEdit = (session: string) => call('edit-sessions/current', '/api/edit-sessions/current', { session }, currentAnswer);

/** Sends a change request: the whole profile, and the new images with their files in the same order. */
export const sendChangeRequest = (session: string, { profile, images, files }: { profile: EditableProfile; images: NewImage[]; files: File[] }) => {
  let body: { json: unknown } | { form: FormData } = { json: { data: { profile, images: [] } } };
  if (files.length) {
    const form = new FormData();
    form.set('data', JSON.stringify({ profile, images }));
    files.forEach((file, index) => form.set(`image${index}`, file, file.name || `bild-${index + 1}`));
    body = { form };
  }
  return call('change-requests', '/api/change-requests', { session, body, timeoutMs: editConfig().submitTimeoutMs }, changeAnswer);
};

/** What a place owns and changes through its edit link besides its profile: its events and its notices. */
export type EntryRequest = { subject: 'event'; event: EditableEvent } | { subject: 'notice'; notice: EditableNotice };
const ENTRY_ID = { event: 'eventDocumentId', notice: 'noticeDocumentId' } as const;

/** Sends an event or notice of the place: a new one (`documentId` null) or a change to one of its own. */
export const sendEntryRequest = (session: string, request: EntryRequest, documentId: string | null) =>
  call(`change-requests (${request.subject})`, '/api/change-requests', { session, body: { json: { data: { ...request, [ENTRY_ID[request.subject]]: documentId } } } }, changeAnswer);

/** "Termin absagen", "Zurückziehen": asks the Redaktion to take one of the place's events or notices off the site. */
export const sendEntryWithdrawal = (session: string, subject: EntryRequest['subject'], documentId: string) =>
  call(`change-requests (${subject} withdrawal)`, '/api/change-requests', { session, body: { json: { data: { subject, [ENTRY_ID[subject]]: documentId, cancel: true } } } }, changeAnswer);
