import { error } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, request, type Variables } from 'graphql-request';
import { LRUCache } from 'lru-cache';
import { getOperationAST } from 'graphql';
import { config } from '../config';
import { CmsUnavailableError } from './errors';

type Entry<T> = { value: T; storedAt: number };

const clearers = new Set<() => void>();

/** Forgets every cached response, e.g. after tests change the CMS's content. */
export const clearCache = () => clearers.forEach((clear) => clear());

const isUnavailable = (error: unknown) =>
  !(error instanceof ClientError) || error.response.status >= 500 || error.response.status === 429;

/**
 * One cached operation. Fresh answers are reused for CACHE_TTL_MS; older ones stay in memory
 * and are served while the CMS is unreachable (stale-if-error). Identical concurrent misses
 * share one request to the CMS.
 */
export const operation = <TResult, TVariables extends Variables>(document: TypedDocumentNode<TResult, TVariables>) => {
  const name = getOperationAST(document)?.name?.value ?? 'anonymous';
  const entries = new LRUCache<string, Entry<TResult>>({
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (entry) => JSON.stringify(entry.value).length + 64,
    ttl: 24 * 60 * 60 * 1000,
  });
  const inFlight = new Map<string, Promise<TResult>>();
  clearers.add(() => entries.clear());

  const fetchFromCms = async (variables: TVariables, token: string | undefined) => {
    const { cmsUrl, cmsTimeoutMs } = config();
    try {
      return await request<TResult, Variables>({
        url: `${cmsUrl}/graphql`,
        document,
        variables,
        requestHeaders: token ? { authorization: `Bearer ${token}` } : {},
        signal: AbortSignal.timeout(cmsTimeoutMs),
      });
    } catch (failure) {
      if (isUnavailable(failure)) throw new CmsUnavailableError(failure);
      throw new Error(`CMS rejected operation ${name}`, { cause: failure });
    }
  };

  const unavailable = (failure: CmsUnavailableError): never => {
    console.error(JSON.stringify({ level: 'error', msg: 'CMS unavailable', operation: name, cause: String(failure.cause) }));
    error(503, 'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute noch einmal.');
  };

  /** Drafts for the admin's preview: read with the preview token, never cached nor served stale. */
  const preview = async (variables: TVariables) => {
    try {
      return await fetchFromCms({ ...variables, status: 'DRAFT' }, config().previewToken);
    } catch (failure) {
      if (failure instanceof CmsUnavailableError) return unavailable(failure);
      throw failure;
    }
  };

  return async (variables: TVariables, options: { preview?: boolean } = {}): Promise<TResult> => {
    if (options.preview) return preview(variables);
    const key = JSON.stringify(variables);
    const entry = entries.get(key);
    if (entry && Date.now() - entry.storedAt < config().cacheTtlMs) return entry.value;

    let pending = inFlight.get(key);
    if (!pending) {
      pending = fetchFromCms(variables, config().cmsToken).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    try {
      const value = await pending;
      entries.set(key, { value, storedAt: Date.now() });
      return value;
    } catch (failure) {
      if (!(failure instanceof CmsUnavailableError)) throw failure;
      if (entry) return entry.value;
      return unavailable(failure);
    }
  };
};
