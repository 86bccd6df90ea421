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

/** Stores a proposal in the CMS with the create-only SUBMISSION_TOKEN. */
export const createSubmission = async (submission: Submission, token: string | undefined): Promise<SubmissionResult> => {
  if (!token) {
    log.error('Submission not stored: SUBMISSION_TOKEN is not set');
    return { stored: false, reason: 'unavailable' };
  }
  const { cmsUrl, cmsTimeoutMs } = config();
  let response: Response;
  try {
    response = await fetch(`${cmsUrl}/api/submissions`, {
      method: 'POST',
      headers: { ...cmsHeaders(token), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ data: submission }),
      signal: AbortSignal.timeout(cmsTimeoutMs),
    });
  } catch (failure) {
    log.error('Submission not stored: CMS unreachable', { cause: failure instanceof Error ? failure.name : 'unknown' });
    return { stored: false, reason: 'unavailable' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { stored: true };
  if (response.status === 400) {
    const parsed = strapiError.safeParse(body);
    const fields = parsed.success ? (parsed.data.error.details?.errors ?? []).flatMap((error) => error.path.slice(0, 1).map(String)) : [];
    log.warn('Submission refused by the CMS', { status: 400, fields });
    return { stored: false, reason: 'rejected', fields };
  }
  log.error('Submission not stored', {
    status: response.status,
    hint: response.status === 401 || response.status === 403 ? 'check SUBMISSION_TOKEN in the site and the CMS' : undefined,
  });
  return { stored: false, reason: 'unavailable' };
};
