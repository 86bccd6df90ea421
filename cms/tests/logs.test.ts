import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonFormat } from '../src/logging/format';
import { bearer } from './support/cms';
import { startCmsProcess } from './support/cms-process';

const SUBMISSION_TOKEN = 'website-submissions-logs-test-0123456789abcdef';
const PARTNER_LIKE_TOKEN = 'unknown-partner-token-9f8e7d6c5b4a39281706';
const EMAIL = 'jana.muster@example.org';
const NAME = 'Jana Mustermann';
const FORWARDED_ADDRESS = '203.0.113.77';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Line = { time: string; level: string; message: string; requestId?: string; method?: string; path?: string; status?: number; durationMs?: number };

let cms: Awaited<ReturnType<typeof startCmsProcess>>;
beforeAll(async () => {
  // LOG_FORMAT stays empty: JSON is what NODE_ENV=production logs by default.
  cms = await startCmsProcess({
    NODE_ENV: 'production',
    // Links in log lines name the CMS by this, not by the address it listens on.
    PUBLIC_URL: 'https://cms.example.org',
    SUBMISSION_TOKEN,
    SUBMISSION_NOTIFY_EMAILS: 'redaktion@example.org',
  });
});
afterAll(() => cms?.stop());

const send = (path: string, init: RequestInit = {}) => fetch(`${cms.url}${path}`, init);
const graphql = (headers: Record<string, string> = {}) =>
  send('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ regions(pagination: { limit: 1 }) { slug } }' }),
  });

/** Every line written so far; each must be one JSON object. */
const lines = () =>
  cms.lines().map((line) => {
    const parsed: Line = JSON.parse(line);
    expect(parsed, line).toBeTypeOf('object');
    return parsed;
  });

/** The lines of one request; its own `http` line is written once it is done, so wait for it. */
const linesOf = async (requestId: string) => {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const own = lines().filter((line) => line.requestId === requestId);
    if (own.some((line) => line.level === 'http')) return own;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`No request line with ${requestId} in:\n${cms.lines().join('\n')}`);
};

describe('logs in production', () => {
  it('writes one JSON object per line, startup included', () => {
    const all = lines();
    expect(all.length).toBeGreaterThan(0);
    for (const line of all) {
      expect(Date.parse(line.time), JSON.stringify(line)).not.toBeNaN();
      expect(line.level, 'no colour codes').toMatch(/^(error|warn|info|http|verbose|debug|silly)$/);
      expect(line.message).toBeTypeOf('string');
    }
    expect(all.map((line) => line.message)).toContain('Strapi started successfully');
  });

  it('takes a well-formed X-Request-Id, echoes it and logs the request under it', async () => {
    const requestId = 'site-4f1c2a9e-0b7d-4c3e-9a51-6d2f8e0c7b13';
    const response = await graphql({ 'x-request-id': requestId });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const [line] = (await linesOf(requestId)).filter((own) => own.level === 'http');
    expect(line).toMatchObject({ level: 'http', method: 'POST', path: '/graphql', status: 200, requestId });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(line.message).toBe(`POST /graphql (${line.durationMs} ms) 200`);
  });

  it('gives a request without an id, or with a malformed one, a new one', async () => {
    for (const sent of [undefined, 'short', 'has spaces and <markup>', 'x'.repeat(65)]) {
      const response = await graphql(sent ? { 'x-request-id': sent } : {});
      const requestId = response.headers.get('x-request-id') ?? '';
      expect(requestId, String(sent)).toMatch(UUID);
      expect((await linesOf(requestId)).some((line) => line.path === '/graphql' && line.status === 200)).toBe(true);
    }
    expect(cms.lines().join('\n')).not.toContain('<markup>');
  });

  it('logs no address, email, name, token or query string, also of a proposal', async () => {
    const proposalId = 'proposal-request-0001';
    const proposal = await send('/api/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': proposalId, 'x-forwarded-for': FORWARDED_ADDRESS, ...bearer(SUBMISSION_TOKEN) },
      body: JSON.stringify({
        data: { name: 'Hof am Deich', town: 'Arendsee', description: 'Ein Hof für Werkstätten.', contactName: NAME, contactEmail: EMAIL, consent: true },
      }),
    });
    expect(proposal.status).toBe(201);
    const proposalLines = await linesOf(proposalId);
    expect(proposalLines.find((line) => line.level === 'http')).toMatchObject({ method: 'POST', path: '/api/submissions', status: 201 });
    // The editors' notice runs within the request and is logged under its id.
    expect(proposalLines.some((line) => line.message.includes('no email goes to SUBMISSION_NOTIFY_EMAILS about the new proposal'))).toBe(true);

    const refusedId = 'refused-token-request';
    const refused = await graphql({ 'x-request-id': refusedId, ...bearer(PARTNER_LIKE_TOKEN), 'x-forwarded-for': FORWARDED_ADDRESS });
    expect(refused.status).toBe(401);
    expect((await linesOf(refusedId)).find((line) => line.level === 'http')).toMatchObject({ path: '/graphql', status: 401 });

    const queryId = 'query-string-request';
    const query = await send(`/api/places?email=${encodeURIComponent(EMAIL)}&filters[name][$eq]=${encodeURIComponent(NAME)}`, {
      headers: { 'x-request-id': queryId },
    });
    expect(query.status).toBeLessThan(500);
    expect((await linesOf(queryId)).find((line) => line.level === 'http')).toMatchObject({ method: 'GET', path: '/api/places' });

    const log = cms.lines().join('\n');
    for (const secret of [EMAIL, 'redaktion@example.org', NAME, 'Mustermann', SUBMISSION_TOKEN, PARTNER_LIKE_TOKEN, FORWARDED_ADDRESS, 'email=', '?']) {
      expect(log, secret).not.toContain(secret);
    }
    expect(log, 'no IPv4 address').not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
    expect(log, 'no IPv6 loopback').not.toMatch(/::1\b|::ffff:/);
    expect(log, 'no email address at all').not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});

describe('the JSON format', () => {
  type Info = Parameters<ReturnType<typeof jsonFormat>['transform']>[0];
  /** The JSON line the format writes for one log entry. */
  const lineFor = (info: Info) => {
    const formatted = jsonFormat().transform(info);
    if (typeof formatted === 'boolean') throw new Error('The format dropped the entry');
    return JSON.parse(String(formatted[Symbol.for('message')]));
  };

  it('masks email addresses and bearer tokens that a library puts into a message', () => {
    const line = lineFor({
      level: 'error',
      [Symbol.for('level')]: 'error',
      message: `insert into submissions values ('${NAME}', '${EMAIL}') failed; sent with Authorization: Bearer ${SUBMISSION_TOKEN}`,
    });
    expect(line.message).toBe(`insert into submissions values ('${NAME}', '[email]') failed; sent with Authorization: Bearer [token]`);
    expect(Date.parse(line.time)).not.toBeNaN();
  });

  it("masks a logged Error's message and stack, and leaves the Error itself as it was", () => {
    const failure = Object.assign(new Error(`duplicate key (contact_email)=(${EMAIL})`), { level: 'error', [Symbol.for('level')]: 'error' });
    // Libraries log Error instances; winston's info type has an index signature that the Error class lacks.
    const line = lineFor(failure as Error & Info);
    expect(line.message).toBe('duplicate key (contact_email)=([email])');
    expect(line.stack).toMatch(/^Error: duplicate key \(contact_email\)=\(\[email\]\)\n\s+at /);
    expect(failure.message).toContain(EMAIL);
  });
});
