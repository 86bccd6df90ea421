import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { failureStatus } from './failure-message';

export type AdminData<T> = { kind: 'loading' } | { kind: 'failed'; status: number | undefined } | { kind: 'ready'; data: T };

const LOADING: AdminData<never> = { kind: 'loading' };

/**
 * The `data` of one admin route's answer, read when `path` is set and again whenever `path` or
 * `version` changes or `reload()` is called. While the same path is read again, its last answer
 * stays; another path is loading until its own answer arrives.
 */
export const useAdminData = <T>(path: string | null, version?: unknown) => {
  const { get } = useFetchClient();
  const [answer, setAnswer] = useState<{ path: string; result: AdminData<T> } | null>(null);
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    get<{ data: T }>(path)
      .then(({ data }) => current && setAnswer({ path, result: { kind: 'ready', data: data.data } }))
      .catch((error: unknown) => current && setAnswer({ path, result: { kind: 'failed', status: failureStatus(error) } }));
    return () => {
      current = false;
    };
  }, [get, path, version, reloads]);
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  const result: AdminData<T> = answer !== null && answer.path === path ? answer.result : LOADING;
  return { result, reload };
};
