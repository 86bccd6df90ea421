import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { loadStrapi, stopStrapi } from '../../scripts/strapi-app.mjs';
import { cmsEnv, postgresAdminUrl, type DatabaseKind } from './env';
import { fetchOnLiveSocket, readJson } from './json';

/** A GraphQL answer's JSON body. */
export type GraphQLBody<T = unknown> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
export type GraphQLResponse<T = unknown> = { status: number; body: GraphQLBody<T> };

const withAdmin = async <T>(run: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

export type Database = { kind: DatabaseKind; location: string; drop: () => Promise<void> };

const postgresDatabase = async (template?: string): Promise<Database> => {
  const name = `kig_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return { kind: 'postgres', location: name, drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
};

const sqliteFile = (prefix: string) => join(dirname(inject('template')), `${prefix}${randomBytes(6).toString('hex')}.db`);

/** Copies the seeded template database, so each test file may change its data freely. */
export const freshDatabase = async (): Promise<Database> => {
  if (inject('database') === 'postgres') return postgresDatabase(inject('template'));
  const file = sqliteFile('');
  copyFileSync(inject('template'), file);
  return { kind: 'sqlite', location: file, drop: async () => {} };
};

/** A database with nothing in it, not even tables: a new SQLite file or a new PostgreSQL database. */
export const emptyDatabase = async (kind: DatabaseKind): Promise<Database> => {
  if (kind === 'postgres') return postgresDatabase();
  const file = sqliteFile('empty-');
  return { kind, location: file, drop: async () => rmSync(file, { force: true }) };
};

export const previewToken = () => inject('previewToken');

/**
 * Boots a real Strapi, by default on a fresh copy of the seeded database, and listens on a free
 * port. Stopping it drops the database.
 */
export const startCms = async (env: Record<string, string> = {}, database?: Database) => {
  database ??= await freshDatabase();
  Object.assign(process.env, cmsEnv(database, inject('publicDir'), previewToken()), env);
  const strapi = await loadStrapi();
  await strapi.listen();
  // A server listening on a TCP port reports its address as an AddressInfo.
  const url = `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}`;

  const send = (path: string, init: RequestInit) => fetchOnLiveSocket(`${url}${path}`, init);

  const graphql = async <T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> => {
    const response = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await readJson<GraphQLBody<T>>(response) };
  };

  /** The data of a query that must succeed: any error fails the test, naming the errors. */
  const graphqlData = async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const { status, body } = await graphql<T>(query, variables, headers);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    return body.data!;
  };

  const rest = async <T = unknown>(path: string, headers: Record<string, string> = {}) => {
    const response = await send(path, { headers });
    return { status: response.status, body: await readJson<T>(response) };
  };

  const stop = async () => {
    await stopStrapi(strapi);
    await database.drop();
  };

  return { strapi, url, database: database.kind, location: database.location, graphql, graphqlData, rest, stop };
};

export type Cms = Awaited<ReturnType<typeof startCms>>;

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
