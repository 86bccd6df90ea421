import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { loadStrapi, stopStrapi } from '../../scripts/strapi-app.mjs';
import { cmsEnv, postgresAdminUrl } from './env';

export type GraphQLResponse<T = any> = { status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, any> }[] } };

const withAdmin = async <T>(run: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

/** Copies the seeded template database, so each test file may change its data freely. */
const freshDatabase = async () => {
  const kind = inject('database');
  const template = inject('template');
  if (kind === 'sqlite') {
    const file = join(dirname(template), `${randomBytes(6).toString('hex')}.db`);
    copyFileSync(template, file);
    return { kind, location: file, drop: async () => {} };
  }
  const name = `kig_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return { kind, location: name, drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
};

export const previewToken = () => inject('previewToken');

/** Boots a real Strapi on a fresh copy of the seeded database and listens on a free port. */
export const startCms = async (env: Record<string, string> = {}) => {
  const database = await freshDatabase();
  Object.assign(process.env, cmsEnv(database, inject('publicDir'), previewToken()), env);
  const strapi = await loadStrapi();
  await strapi.listen();
  const url = `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}`;

  // Strapi and the tests share one event loop; after a long synchronous stretch a kept-alive
  // socket may already be closed by the server, so an idempotent read is retried once.
  const send = async (path: string, init: RequestInit) => {
    try {
      return await fetch(`${url}${path}`, init);
    } catch (failure) {
      if ((failure as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw failure;
      return fetch(`${url}${path}`, init);
    }
  };

  const graphql = async <T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> => {
    const response = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  };

  const rest = async (path: string, headers: Record<string, string> = {}) => {
    const response = await send(path, { headers });
    return { status: response.status, body: await response.json() };
  };

  const stop = async () => {
    await stopStrapi(strapi);
    await database.drop();
  };

  return { strapi, url, database: database.kind, graphql, rest, stop };
};

export type Cms = Awaited<ReturnType<typeof startCms>>;

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
