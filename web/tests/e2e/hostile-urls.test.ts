// Hostile URLs against the built site and the real CMS: long, encoded, path-traversal, SQL and
// HTML payloads in every slug and every query parameter the site reads. Each answers the status
// decided for its place (400, 404, 401, or a 200 that ignores an optional value), never a 5xx,
// never reflects markup unescaped, never sets a header from the URL, and changes no content.
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { stackTraceIn } from './support/site';

const siteUrl = inject('siteUrl');

type Payload = { name: string; raw: string; decoded: string };

/** As sent (`raw`, percent-encoded where a browser would encode it) and as the site decodes it. */
const payload = (name: string, decoded: string, raw = encodeURIComponent(decoded)): Payload => ({ name, raw, decoded });

const payloads: Payload[] = [
  payload('a 10 kB value', 'a'.repeat(10_000)),
  payload('a NUL byte', '\u0000', '%00'),
  payload('NUL inside a word', 'ab\u0000cd', 'ab%00cd'),
  payload('double-encoded traversal', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '%252e%252e%252f%252e%252e%252fetc%252fpasswd'),
  payload('encoded traversal', '../../etc/passwd', '..%2f..%2fetc%2fpasswd'),
  payload('raw traversal', '../../etc/passwd', '../../etc/passwd'),
  payload('SQL: drop table', "'; DROP TABLE places; --"),
  payload('SQL: or 1=1', "x' OR '1'='1"),
  payload('a script element', '<script>alert(1)</script>'),
  payload('an attribute break-out', '"><svg onload=alert(1)>'),
  payload('CRLF header injection', '\r\nSet-Cookie: injected=1', '%0d%0aSet-Cookie:%20injected=1'),
  payload('template syntax', '{{7*7}}${7*7}<%= 7*7 %>'),
  payload('a javascript: URL', 'javascript:alert(1)'),
  payload('emoji and umlauts', 'ö日本🙂'),
];

/**
 * Percent-encoding that is not UTF-8: a path with it cannot be decoded at all, while a query
 * value decodes to replacement characters, as browsers do.
 */
const undecodable = [payload('a cut-off sequence', '\ufffd', '%E0%A4%A'), payload('a lone surrogate', '\ufffd\ufffd\ufffd', '%ED%A0%80')];

/** Markup that must never come back as markup. */
const MARKUP = ['<script>alert(1)</script>', '<svg onload=alert(1)>'];

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** The path goes out byte for byte: fetch would resolve `..` and re-encode what it sends. */
const rawGet = (path: string) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request(`${siteUrl}${path}`, { method: 'GET', path, timeout: 15_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`timed out: ${path.slice(0, 100)}`)));
    req.on('error', reject);
    req.end();
  });

/** Everything a hostile URL must never cause, whatever status it gets. */
const expectHarmless = (answer: Answer, what: string) => {
  expect(answer.status, what).toBeLessThan(500);
  for (const markup of MARKUP) expect(answer.body.includes(markup), `${what} reflects ${markup}`).toBe(false);
  expect(answer.headers['set-cookie'], what).toBeUndefined();
  expect(stackTraceIn(answer.body), what).toEqual([]);
  expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
};

const check = async (path: string, expected: number) => {
  const answer = await rawGet(path);
  const what = `GET ${path.slice(0, 120)}`;
  expectHarmless(answer, what);
  expect(answer.status, what).toBe(expected);
  return answer;
};

/** Every route with a slug, `{}` marking where it goes. Nothing can match these payloads. */
const slugRoutes = [
  '/orte/{}',
  '/en/orte/{}',
  '/treffen/{}',
  '/treffen/{}.ics',
  '/partner/{}',
  '/menschen/{}',
  '/en/menschen/{}',
  '/beitraege/{}',
  '/regionen/{}',
  '/en/regionen/{}',
  '/share/orte/{}.jpg',
  '/share/treffen/{}.jpg',
  '/{}',
  '/en/{}',
  '/_app/immutable/{}',
];

describe('slugs and paths', () => {
  it.each(slugRoutes)('%s answers 404 for every payload, and 400 where the path cannot be decoded', async (route) => {
    for (const { raw } of payloads) await check(route.replace('{}', raw), 404);
    for (const { raw } of undecodable) await check(route.replace('{}', raw), 400);
  });
});

/**
 * Each query parameter the site reads, with the answer decided for a value that is not one of
 * its own: validated filters and options refuse it (400), an invalid preview link is refused
 * (401), free-text search accepts up to 100 characters, and values that only switch a view on
 * are ignored (200).
 */
const parameters: { path: string; name: string; answer: (value: Payload) => number; why: string }[] = [
  ...['region', 'thema', 'phase', 'netzwerk', 'seite'].map((name) => ({ path: '/orte', name, answer: () => 400, why: 'a directory filter' })),
  { path: '/en/orte', name: 'region', answer: () => 400, why: 'a directory filter' },
  { path: '/beitraege', name: 'seite', answer: () => 400, why: 'a page number' },
  { path: '/menschen', name: 'seite', answer: () => 400, why: 'a page number' },
  ...['region', 'thema', 'phase', 'netzwerk', 'beispiele'].map((name) => ({ path: '/orte.geojson', name, answer: () => 400, why: "the directory's filters" })),
  ...['/treffen.ics', '/feed.xml', '/en/feed.xml', '/sitemap.xml'].map((path) => ({ path, name: 'beispiele', answer: () => 400, why: 'only 0 or 1' })),
  ...['region', 'theme', 'thema', 'limit', 'lang'].map((name) => ({ path: '/einbetten/orte', name, answer: () => 400, why: "the widget's options" })),
  ...['/orte', '/orte.geojson'].map((path) => ({
    path,
    name: 'q',
    answer: (value: Payload) => (value.decoded.length > 100 ? 400 : 200),
    why: 'free text up to 100 characters',
  })),
  ...['/', '/orte/buergermeisterhof', '/en/treffen', '/mitmachen'].map((path) => ({ path, name: 'preview', answer: () => 401, why: 'an unsigned preview link' })),
  { path: '/orte', name: 'ansicht', answer: () => 200, why: 'only "karte" switches to the map' },
  { path: '/mitmachen', name: 'danke', answer: () => 200, why: 'its presence shows the thanks' },
  { path: '/orte.geojson', name: 'preview', answer: () => 200, why: 'feeds have no preview' },
];

describe('query parameters', () => {
  it.each(parameters)('$path?$name= ($why)', async ({ path, name, answer }) => {
    for (const value of [...payloads, ...undecodable]) await check(`${path}?${name}=${value.raw}`, answer(value));
  });

  it('page numbers outside 1 to 9999 are refused, and pages past the end are not found', async () => {
    for (const value of ['0', '-1', '1.5', '1e3', '0x10', '99999', '99999999999999999999']) {
      await check(`/orte?seite=${value}`, 400);
      await check(`/beitraege?seite=${value}`, 400);
    }
    await check('/orte?seite=9999', 404);
    await check('/einbetten/orte?limit=25', 400);
  });

  it('a search for markup shows it as text, escaped', async () => {
    const { body } = await check(`/orte?q=${encodeURIComponent('"><svg onload=alert(1)>')}`, 200);
    expect(body).toContain('value="&quot;>&lt;svg onload=alert(1)>"');
  });
});

describe('after all of that', () => {
  it('the content is unchanged: SQL payloads reached the CMS only as values', async () => {
    const count = async () => ((await (await fetch(`${siteUrl}/orte.geojson?beispiele=1`)).json()) as { features: unknown[] }).features.length;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    for (const value of payloads.filter((p) => p.name.startsWith('SQL'))) {
      await check(`/orte?q=${value.raw}`, 200);
      await check(`/orte.geojson?q=${value.raw}`, 200);
    }
    expect(await count()).toBe(before);
    expect((await fetch(`${siteUrl}/orte/buergermeisterhof`)).status).toBe(200);
  });
});
