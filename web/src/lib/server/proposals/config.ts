import { env } from '$env/dynamic/private';

/** A positive whole number from the environment, or the default when unset or not a number. */
const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : fallback;
};

/** Read per request like the site's other settings, so tests and deployments configure the built server. */
export const proposalConfig = () => ({
  /** Signs the fill-time token; when unset a random key per process is used (see fill-time.ts). */
  formSecret: env.FORM_SECRET || undefined,
  /** A form sent sooner than this after it was rendered counts as automated. */
  minFillMs: env.PROPOSAL_MIN_FILL_MS === '0' ? 0 : positive(env.PROPOSAL_MIN_FILL_MS, 3_000),
  /** At most this many proposals per client address ... */
  rateLimit: positive(env.PROPOSAL_RATE_LIMIT, 5),
  /** ... within this sliding window. */
  rateWindowMs: positive(env.PROPOSAL_RATE_WINDOW_MS, 60 * 60 * 1000),
  /** The CMS's create-only API token for submissions. */
  submissionToken: env.SUBMISSION_TOKEN || undefined,
});
