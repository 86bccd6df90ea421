import { expect } from 'vitest';

export type AdminCall = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;

/** Logs one admin user in; the token goes into `Authorization: Bearer`, as the admin panel sends it. */
export const adminToken = async (url: string, email: string, password: string, headers: Record<string, string> = {}): Promise<string> => {
  const login = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status, email).toBe(200);
  return (await login.json()).data.token;
};

/** Logs one admin user in and calls the admin API with that session, as the admin panel does. */
export const adminSession = async (url: string, email: string, password: string): Promise<AdminCall> => {
  const token = await adminToken(url, email, password);
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
};

export const asSuperAdmin = (url: string) => adminSession(url, 'admin@example.com', 'Test-Admin-2026');
export const asRedaktion = (url: string) => adminSession(url, 'redaktion@example.com', 'Test-Redaktion-2026');
export const asAutor = (url: string) => adminSession(url, 'autor@example.com', 'Test-Autor-2026');
