import { expect } from 'vitest';
import { readJson, sendJson } from './json';

/** One call of the admin API; the body is null where the answer has none. */
export type AdminCall = <T = unknown>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T | null }>;

/** Logs one admin user in; the token goes into `Authorization: Bearer`, as the admin panel sends it. */
export const adminToken = async (url: string, email: string, password: string, headers: Record<string, string> = {}): Promise<string> => {
  const login = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status, email).toBe(200);
  return (await readJson<{ data: { token: string } }>(login)).data.token;
};

/** Logs one admin user in and calls the admin API with that session, as the admin panel does. */
export const adminSession = async (url: string, email: string, password: string): Promise<AdminCall> => {
  const token = await adminToken(url, email, password);
  return <T>(method: string, path: string, body?: unknown) => sendJson<T>(`${url}${path}`, method, body, { authorization: `Bearer ${token}` });
};

export const asSuperAdmin = (url: string) => adminSession(url, 'admin@example.com', 'Test-Admin-2026');
export const asRedaktion = (url: string) => adminSession(url, 'redaktion@example.com', 'Test-Redaktion-2026');
export const asAutor = (url: string) => adminSession(url, 'autor@example.com', 'Test-Autor-2026');
