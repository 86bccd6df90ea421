import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { failureStatus } from './failure-message';

export type AdminData<T> = { kind: 'loading' } | { kind: 'failed'; status: number | undefined } | { kind: 'ready'; data: T };

/**
 * The `data` of one admin route's answer, read when `path` is set and again whenever `path` or
 * `version` changes or `reload()` is called. While it is read again, the last answer stays.
 */
export const useAdminData = <T>(path: string | null, version?: unknown) => {
  const { get } = useFetchClient();
  const [result, setResult] = useState<AdminData<T>>({ kind: 'loading' });
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    get<{ data: T }>(path)
      .then(({ data }) => current && setResult({ kind: 'ready', data: data.data }))
      .catch((error: unknown) => current && setResult({ kind: 'failed', status: failureStatus(error) }));
    return () => {
      current = false;
    };
  }, [get, path, version, reloads]);
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { result, reload };
};
