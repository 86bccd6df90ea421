import { describe, expect, inject, it } from 'vitest';
import { seed, stackTraceIn, textOf } from './support/site';

const siteUrl = inject('siteUrl');

const article = seed<{ slug: string; isSample: boolean }[]>('articles').find((a) => !a.isSample)!;

const get = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

/** What every error page must be: German, helpful and free of internals. */
const expectFriendlyErrorPage = (body: string, title: string) => {
  expect(body).toMatch(/<html lang="de"/);
  expect(body).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
  expect(body).toMatch(/<a href="\/"[^>]*>Zur Startseite<\/a>/);
  expect(stackTraceIn(body), 'traces of a stack trace or server internals').toEqual([]);
  // SvelteKit's English defaults must not reach visitors.
  expect(textOf(body)).not.toMatch(/Not Found|Internal Error|Bad Request|Service Unavailable/);
};

describe('unknown content answers 404 with a helpful German page', () => {
  const routes = [
    { unknown: '/orte/gibt-es-nicht', known: '/orte/buergermeisterhof' },
    { unknown: '/treffen/gibt-es-nicht', known: '/treffen/netzwerktreffen-stendal' },
    { unknown: '/partner/gibt-es-nicht', known: '/partner/daily-am-dom' },
    { unknown: '/beitraege/gibt-es-nicht', known: `/beitraege/${article.slug}` },
    { unknown: '/regionen/gibt-es-nicht', known: '/regionen/altmark' },
  ];

  it.each(routes)('$unknown is a 404', async ({ unknown }) => {
    const { status, headers, body } = await get(unknown);
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expectFriendlyErrorPage(body, 'Diese Seite gibt es nicht');
    expect(body).toMatch(/<meta name="robots" content="noindex"/);
  });

  // Without this the 404 above could just mean the route does not exist yet.
  it.each(routes)('$known, its known sibling, is a 200', async ({ known }) => {
    const { status } = await get(known);
    expect(status, `GET ${known}`).toBe(200);
  });

  it('an unknown path outside any route is a 404 too', async () => {
    const { status, body } = await get('/gibt-es-nicht/wirklich-nicht');
    expect(status).toBe(404);
    expectFriendlyErrorPage(body, 'Diese Seite gibt es nicht');
  });
});

describe('invalid directory filters answer 400, never 500', () => {
  const cases = [
    { name: 'phase=<script>', query: `phase=${encodeURIComponent('<script>alert(1)</script>')}`, param: 'phase' },
    { name: 'seite=abc', query: 'seite=abc', param: 'seite' },
    { name: 'a 2,000-character search', query: `q=${'x'.repeat(2_000)}`, param: 'q' },
  ];

  it.each(cases)('/orte?$name', async ({ query, param }) => {
    const { status, body } = await get(`/orte?${query}`);
    expect(status).toBe(400);
    expectFriendlyErrorPage(body, 'Diese Anfrage verstehen wir nicht');
    expect(textOf(body)).toContain(`Ungültiger Wert für „${param}“.`);
    expect(body).not.toContain('<script>alert(1)</script>');
  });
});
