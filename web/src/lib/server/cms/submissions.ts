import { z } from 'zod';
import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { log } from '../logging/log';
import { operation } from './client';
import { cmsHeaders } from './headers';
import { ProposalThemesDocument } from './generated/graphql';

const proposalThemes = operation(ProposalThemesDocument);

/** The themes a proposal may name, in the page's language where translated, sorted by that name. */
export const getProposalThemes = async (locale: Locale) => {
  const { de, localized } = await proposalThemes({ locale });
  const names = new Map(localized.flatMap((theme) => (theme ? [[theme.slug, theme.name]] : [])));
  return de
    .flatMap((theme) => (theme ? [{ slug: theme.slug, name: names.get(theme.slug) ?? theme.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
};

/** One proposal as the CMS's submission type takes it (api::submission.submission). */
export type Submission = {
  name: string;
  town: string;
  district?: string;
  stage: string;
  themes: string[];
  description: string;
  website?: string;
  contactName: string;
  contactEmail: string;
  consent: true;
};

export type SubmissionResult =
  | { stored: true }
  /** The CMS refused the data (400); `fields` names the fields its error points at. */
  | { stored: false; reason: 'rejected'; fields: string[] }
  /** Down, too slow, failing, or refusing the site's token: nothing the visitor can fix. */
  | { stored: false; reason: 'unavailable' };

/** The part of Strapi's error answer that says which fields were refused. */
const strapiError = z.object({
  error: z.object({
    details: z
      .object({ errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])) })).optional() })
      .optional(),
  }),
});

/** The first segment of each path a 400 of the CMS names. */
export const refusedFields = (body: unknown) => {
  const parsed = strapiError.safeParse(body);
  return parsed.success ? (parsed.data.error.details?.errors ?? []).flatMap((error) => error.path.slice(0, 1).map(String)) : [];
};

export type FormAnswer = { reached: true; status: number; body: unknown; headers: Headers } | { reached: false };

/**
 * A visitor's form sent on to the CMS with the forms' create-only SUBMISSION_TOKEN (`what` names it
 * in the log, which never holds a value): the CMS's answer, or that it could not be reached.
 */
export const sendForm = async (token: string | undefined, what: string, method: 'GET' | 'POST', path: string, data?: unknown): Promise<FormAnswer> => {
  if (!token) {
    log.error(`${what}: SUBMISSION_TOKEN is not set`);
    return { reached: false };
  }
  const { cmsUrl, cmsTimeoutMs } = config();
  try {
    const response = await fetch(`${cmsUrl}${path}`, {
      method,
      headers: { ...cmsHeaders(token), ...(data === undefined ? {} : { 'content-type': 'application/json' }), accept: 'application/json' },
      body: data === undefined ? undefined : JSON.stringify({ data }),
      signal: AbortSignal.timeout(cmsTimeoutMs),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 401 || response.status === 403) log.error(`${what}: refused by the CMS`, { status: response.status, hint: 'check SUBMISSION_TOKEN in the site and the CMS' });
    return { reached: true, status: response.status, body, headers: response.headers };
  } catch (failure) {
    log.error(`${what}: CMS unreachable`, { cause: failure instanceof Error ? failure.name : 'unknown' });
    return { reached: false };
  }
};

/** Stores a proposal in the CMS with the create-only SUBMISSION_TOKEN. */
export const createSubmission = async (submission: Submission, token: string | undefined): Promise<SubmissionResult> => {
  const answer = await sendForm(token, 'Submission not stored', 'POST', '/api/submissions', submission);
  if (!answer.reached) return { stored: false, reason: 'unavailable' };
  if (answer.status >= 200 && answer.status < 300) return { stored: true };
  if (answer.status === 400) {
    const fields = refusedFields(answer.body);
    log.warn('Submission refused by the CMS', { status: 400, fields });
    return { stored: false, reason: 'rejected', fields };
  }
  log.error('Submission not stored', { status: answer.status });
  return { stored: false, reason: 'unavailable' };
};
