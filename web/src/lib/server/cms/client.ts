import { error } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, request, type Variables } from 'graphql-request';
import { LRUCache } from 'lru-cache';
import { getOperationAST } from 'graphql';
import { config } from '../config';
import { log } from '../logging/log';
import { propertyOf } from '../property';
import { evictFrom, freshnessSince, sharedUntilEviction, type Eviction, type Freshness, type Shared } from '../cache/eviction';
import { heapBytes } from '../cache/size';
import { recordTags, tagsOfAnswer } from '../cache/tags';
import { CmsUnavailableError } from './errors';
import { cmsHeaders } from './headers';

type Entry<T> = { value: T; storedAt: number; tags: ReadonlySet<string>; freshness: Freshness };

/**
 * One memory budget (CACHE_MAX_MB) for the responses of all operations: each operation keeps its
 * typed entries itself, and this LRU decides which of them to forget. An entry is counted at what
 * its parsed answer costs in the heap (cache/size.ts), about 1.5 times its JSON's length for a
 * list of places.
 */
let budget: LRUCache<string, { size: number; entry: Entry<unknown>; forget: () => void }> | undefined;
const memory = () =>
  (budget ??= new LRUCache({
    maxSize: config().cacheMaxBytes,
    sizeCalculation: (kept) => kept.size,
    // Older answers are kept for a day only to be served while the CMS is down.
    ttl: 24 * 60 * 60 * 1000,
    dispose: (kept) => kept.forget(),
  }));

/** Applies a change in the CMS to every cached answer; see cache/evict.ts. */
export const evictAnswers = (eviction: Eviction) => evictFrom(memory(), (kept) => kept.entry, eviction);

/** Forgets every cached response: for tests that change what the CMS answers. */
export const clearCache = () => memory().clear();

const isUnavailable = (error: unknown) =>
  !(error instanceof ClientError) || error.response.status >= 500 || error.response.status === 429;

/**
 * Why a CMS call failed, for the log. Never graphql-request's own message: it quotes the request,
 * whose variables may hold what a visitor typed into the search.
 */
const reasonOf = (failure: unknown) => {
  if (failure instanceof ClientError) return `HTTP ${failure.response.status}`;
  if (!(failure instanceof Error)) return 'unknown';
  const code = propertyOf(failure.cause, 'code');
  return typeof code === 'string' ? `${failure.name}: ${code}` : failure.name;
};

/**
 * One cached operation, keyed by its variables (the locale among them). Fresh answers are reused
 * for CACHE_TTL_MS; older ones stay in memory and are served while the CMS is unreachable
 * (stale-if-error). Identical concurrent misses share one request to the CMS.
 *
 * With `keep: false` the answers are not kept after the request that read them (identical
 * concurrent misses still share one request, and the page still records their tags): for the
 * lists of every place, which the page cache keeps rendered and which would take a large part of
 * CACHE_MAX_MB on their own (docs/operations.md, "Caches and memory").
 */
export const operation = <TResult, TVariables extends Variables>(document: TypedDocumentNode<TResult, TVariables>, { keep: keepAnswers = true }: { keep?: boolean } = {}) => {
  const name = getOperationAST(document)?.name?.value ?? 'anonymous';
  const entries = new Map<string, Entry<TResult>>();
  const inFlight = new Map<string, Shared<Entry<TResult>>>();

  const lookup = (key: string) => (memory().get(`${name}:${key}`) ? entries.get(key) : undefined);
  const store = (key: string, entry: Entry<TResult>) => {
    if (!keepAnswers) return;
    // Replacing a budget entry forgets the old one, so the new value is kept after that.
    memory().set(`${name}:${key}`, { size: heapBytes(entry.value) + key.length + 64 + entry.tags.size * 48, entry, forget: () => entries.delete(key) });
    entries.set(key, entry);
  };
  /** An answer with its tags, as changes in the CMS since `mark` left it; not to keep if one withdrew what it shows. */
  const fetchEntry = async (variables: TVariables, mark: number) => {
    const value = await fetchFromCms(variables, config().cmsToken);
    const tags = tagsOfAnswer(document, variables, value);
    const freshness = freshnessSince(mark, tags);
    return { entry: { value, storedAt: Date.now(), tags, freshness: freshness ?? 'expired' }, keep: freshness !== null };
  };

  /** Fetches an answer and keeps it, unless a request sent after a change in the CMS superseded it. */
  const refresh = (key: string, variables: TVariables) =>
    sharedUntilEviction(inFlight, key, async (mark, current) => {
      const { entry, keep } = await fetchEntry(variables, mark);
      if (keep && current()) store(key, entry);
      return entry;
    });

  const fetchFromCms = async (variables: TVariables, token: string | undefined) => {
    const { cmsUrl, cmsTimeoutMs } = config();
    try {
      return await request<TResult, Variables>({
        url: `${cmsUrl}/graphql`,
        document,
        variables,
        requestHeaders: cmsHeaders(token),
        signal: AbortSignal.timeout(cmsTimeoutMs),
      });
    } catch (failure) {
      if (isUnavailable(failure)) throw new CmsUnavailableError(failure);
      throw new Error(`CMS rejected operation ${name}`, { cause: failure });
    }
  };

  const unavailable = (failure: CmsUnavailableError): never => {
    log.error('CMS unavailable', { operation: name, reason: reasonOf(failure.cause) });
    error(503, 'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute noch einmal.');
  };

  const direct = async (variables: TVariables, token: string | undefined) => {
    try {
      return await fetchFromCms(variables, token);
    } catch (failure) {
      if (failure instanceof CmsUnavailableError) return unavailable(failure);
      throw failure;
    }
  };
  /** Drafts for the admin's preview: read with the preview token, never cached nor served stale. */
  const preview = (variables: TVariables) => direct({ ...variables, status: 'DRAFT' }, config().previewToken);
  const uncached = (variables: TVariables) => direct(variables, config().cmsToken);

  return async (variables: TVariables, options: { preview?: boolean } = {}): Promise<TResult> => {
    if (options.preview) return preview(variables);
    if (!config().cacheEnabled) return uncached(variables);
    const key = JSON.stringify(variables);
    const entry = lookup(key);
    if (entry && entry.freshness === 'fresh' && Date.now() - entry.storedAt < config().cacheTtlMs) {
      recordTags(entry.tags);
      return entry.value;
    }

    try {
      const fetched = await refresh(key, variables);
      recordTags(fetched.tags);
      return fetched.value;
    } catch (failure) {
      if (!(failure instanceof CmsUnavailableError)) throw failure;
      if (!entry) return unavailable(failure);
      recordTags(entry.tags);
      return entry.value;
    }
  };
};
