import { createServer, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { listenLocally } from './listen';

export type EditCall = { method: string; path: string; headers: IncomingHttpHeaders; body: Buffer };
type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * A stand-in for the CMS's edit routes (issue 15's contract) in unit tests: each test says what
 * the next calls answer, and reads what the site sent. EDIT_TOKEN and CMS_URL point at it.
 */
export const useEditCms = () => {
  const calls: EditCall[] = [];
  let answers: Answer[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      calls.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      const { status, body, headers = {} } = answers.shift() ?? { status: 500, body: { data: null, error: { status: 500, name: 'InternalServerError', message: 'no answer set' } } };
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    });
  });
  beforeAll(async () => {
    vi.stubEnv('CMS_URL', await listenLocally(server));
    vi.stubEnv('EDIT_TOKEN', 'edit-token-for-tests');
  });
  beforeEach(() => {
    calls.length = 0;
    answers = [];
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  return {
    calls,
    /** What the next calls answer, in order. */
    answer: (...next: Answer[]) => answers.push(...next),
  };
};

/** Strapi's error shape, as the contract has it. */
export const strapiError = (status: number, name: string, details: Record<string, unknown> = {}) => ({
  data: null,
  error: { status, name, message: 'Meldung für die Redaktion', details },
});
