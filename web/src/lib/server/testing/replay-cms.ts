import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, vi } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { clearCache } from '../cms/client';
import { listenLocally } from './listen';

type Recording = { operation: string; variables: Record<string, unknown>; response: unknown };

const fixtures = join(__dirname, '..', 'cms', 'fixtures');

const recordings: Record<string, Recording> = Object.fromEntries(
  readdirSync(fixtures)
    .filter((file) => file.endsWith('.json') && file !== 'cases.json')
    .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(fixtures, file), 'utf8'))]),
);

/** The recorded `data` of one case, typed by the operation it must have been recorded for. */
export const recordedData = <TResult>(name: string, document: TypedDocumentNode<TResult, never>): TResult => {
  const recording = JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8'));
  const expected = getOperationAST(document)?.name?.value;
  if (recording.operation !== expected) throw new Error(`${name}.json records ${recording.operation}, not ${expected}`);
  return recording.response.data;
};

/**
 * Answers the site's GraphQL requests with responses that cms/tests/fixtures.test.ts recorded
 * from a real CMS. A request without a recording fails loudly with its variables, so that the
 * missing case can be added to cases.json.
 */
const startReplayCms = async (requests: Recording[]) => {
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { query, variables = {} } = JSON.parse(body);
      const operation = getOperationAST(parse(query))?.name?.value ?? '';
      requests.push({ operation, variables, response: null });
      const match = Object.values(recordings).find((r) => r.operation === operation && isDeepStrictEqual(r.variables, variables));
      res.setHeader('content-type', 'application/json');
      if (match) {
        res.end(JSON.stringify(match.response));
        return;
      }
      res.statusCode = 400;
      res.end(JSON.stringify({ errors: [{ message: `No recording for ${operation} ${JSON.stringify(variables)}` }] }));
    });
  });
  process.env.CMS_URL = await listenLocally(server);
  process.env.CMS_PUBLIC_URL = 'https://cms.example.org';
  process.env.SHOW_SAMPLES = 'true';
  clearCache();
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
};

/**
 * Runs the replay CMS for the calling test file, optionally with the clock fixed at `now` so
 * that "upcoming" and "past" stay what they were when the fixtures were recorded.
 */
export const useReplayCms = ({ now }: { now?: string } = {}) => {
  const requests: Recording[] = [];
  let stop: (() => Promise<void>) | undefined;
  const cms = {
    requests,
    start: async () => {
      stop = await startReplayCms(requests);
    },
    stop: async () => {
      await stop?.();
      stop = undefined;
    },
  };
  beforeAll(async () => {
    await cms.start();
    if (now) vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
  });
  afterAll(async () => {
    if (now) vi.useRealTimers();
    await cms.stop();
  });
  return cms;
};
