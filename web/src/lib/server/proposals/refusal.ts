import { error, fail } from '@sveltejs/kit';
import { readFormData, TOO_LARGE } from '../body-limit';
import { clientAddressOf } from '../client-address';
import type { Automated } from './submit';

/** The sentences a visitor form's messages give the refusals every such form shares. */
export type RefusalTexts = {
  tooLarge: string;
  unreadable: string;
  noAddress: string;
  trap: string;
  tooFast: string;
  tokenInvalid: string;
  unavailable: string;
  rejected: string;
};

/** The outcomes of a visitor form that every such form answers alike. */
export type SharedRefusal<P> = { kind: 'rate-limited'; retryAfterSeconds: number } | { kind: Automated } | { kind: 'unavailable' } | { kind: 'invalid'; problems: P };

/** A visitor form's POST body and sender, or the 413 or 400 that says what is wrong with them. */
export const readVisitorForm = async (request: Request, getClientAddress: () => string, refused: RefusalTexts) => {
  const form = await readFormData(request);
  if (form === TOO_LARGE) error(413, refused.tooLarge);
  if (!form) error(400, refused.unreadable);
  const clientAddress = clientAddressOf(getClientAddress);
  if (!clientAddress) error(400, refused.noAddress);
  return { form, clientAddress };
};

/** A refusal that hands back all that was typed, so the visitor never types anything twice. */
export const refuse = <V, F extends string>({ values, token }: { values: V; token: string }, status: number, message: string | null, errors: Partial<Record<F, string>> = {}) =>
  fail(status, { values, token, message, errors });

/**
 * The answer to a refusal every visitor form shares: 429 with `Retry-After`, 400 for a machine or
 * for refused fields (each named, as `describe` words them), 503 with nothing lost.
 */
export const refuseShared = <V, F extends string, P>(
  attempt: { values: V; token: string },
  outcome: SharedRefusal<P>,
  { refused, rateLimited, describe, setHeaders }: {
    refused: RefusalTexts;
    rateLimited: (retryAfterSeconds: number) => string;
    describe: (problems: P, values: V) => Partial<Record<F, string>>;
    setHeaders: (headers: Record<string, string>) => void;
  },
) => {
  switch (outcome.kind) {
    case 'rate-limited':
      setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
      return refuse(attempt, 429, rateLimited(outcome.retryAfterSeconds));
    case 'trap':
      return refuse(attempt, 400, refused.trap);
    case 'too-fast':
      return refuse(attempt, 400, refused.tooFast);
    case 'token-invalid':
      return refuse(attempt, 400, refused.tokenInvalid);
    case 'unavailable':
      return refuse(attempt, 503, refused.unavailable);
    case 'invalid': {
      const errors = describe(outcome.problems, attempt.values);
      return refuse(attempt, 400, Object.keys(errors).length ? null : refused.rejected, errors);
    }
  }
};
