import { describe, expect, it } from 'vitest';
import { reachOf, siteOf, UNKNOWN_SITE, type Answer } from './classify';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const page = (overrides: Partial<Answer> = {}): Answer => ({
  method: 'GET',
  url: '/orte/alte-molkerei',
  status: 200,
  contentType: 'text/html',
  userAgent: FIREFOX,
  referer: undefined,
  ...overrides,
});

describe('what a finished request counts as', () => {
  it('a page view under its path alone: the query string is dropped, English pages under /en', () => {
    expect(reachOf(page())).toEqual({ kind: 'page', key: '/orte/alte-molkerei' });
    expect(reachOf(page({ url: '/orte?q=Anna%20Schmidt&region=altmark' }))).toEqual({ kind: 'page', key: '/orte' });
    expect(reachOf(page({ url: '/en/orte/alte-molkerei', contentType: 'text/html; charset=utf-8' }))).toEqual({ kind: 'page', key: '/en/orte/alte-molkerei' });
    // A revisit the browser's copy answers is a view too.
    expect(reachOf(page({ status: 304 }))).toEqual({ kind: 'page', key: '/orte/alte-molkerei' });
  });

  it('a client-side navigation (its __data.json) as a view of the page', () => {
    expect(reachOf(page({ url: '/orte/alte-molkerei/__data.json?x-sveltekit-invalidated=01', contentType: 'application/json' }))).toEqual({ kind: 'page', key: '/orte/alte-molkerei' });
    expect(reachOf(page({ url: '/__data.json', contentType: 'application/json' }))).toEqual({ kind: 'page', key: '/' });
    expect(reachOf(page({ url: '/orte.json', contentType: 'application/json' }))).toBeNull();
  });

  it('nothing for bots, a missing user agent, errors, HEAD, previews, edit pages, the API, build files and other types', () => {
    expect(reachOf(page({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }))).toBeNull();
    expect(reachOf(page({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36' }))).toBeNull();
    expect(reachOf(page({ userAgent: 'curl/8.5.0' }))).toBeNull();
    expect(reachOf(page({ userAgent: undefined }))).toBeNull();
    expect(reachOf(page({ status: 404 }))).toBeNull();
    expect(reachOf(page({ status: 301 }))).toBeNull();
    expect(reachOf(page({ status: 503 }))).toBeNull();
    expect(reachOf(page({ method: 'HEAD' }))).toBeNull();
    expect(reachOf(page({ method: 'POST', url: '/mitmachen' }))).toBeNull();
    expect(reachOf(page({ url: '/orte/entwurf?preview=abc&expires=1' }))).toBeNull();
    expect(reachOf(page({ url: '/orte/entwurf?lang=de&preview' }))).toBeNull();
    expect(reachOf(page({ url: '/bearbeiten/alte-molkerei' }))).toBeNull();
    expect(reachOf(page({ url: '/en/bearbeiten' }))).toBeNull();
    expect(reachOf(page({ url: '/api/revalidate' }))).toBeNull();
    expect(reachOf(page({ url: '/_app/immutable/entry/start.js', contentType: 'text/javascript' }))).toBeNull();
    expect(reachOf(page({ url: '/share/orte/alte-molkerei.png', contentType: 'image/png' }))).toBeNull();
    expect(reachOf(page({ url: '/robots.txt', contentType: 'text/plain' }))).toBeNull();
    expect(reachOf(page({ url: '/sitemap.xml', contentType: 'application/xml' }))).toBeNull();
    expect(reachOf(page({ url: `/orte/${'a'.repeat(300)}` }))).toBeNull();
    // A page that answered without a type, e.g. a 304 without headers, is not guessed at.
    expect(reachOf(page({ contentType: undefined }))).toBeNull();
  });

  it('feed fetches per feed path, whatever the reader calls itself, filters left out', () => {
    expect(reachOf(page({ url: '/feed.xml', contentType: 'application/atom+xml' }))).toEqual({ kind: 'feed', key: '/feed.xml' });
    expect(reachOf(page({ url: '/gesucht.xml', userAgent: 'Feedly/1.0 (+http://www.feedly.com/fetcher.html; 3 subscribers)' }))).toEqual({ kind: 'feed', key: '/gesucht.xml' });
    expect(reachOf(page({ url: '/termine.ics?region=altmark', userAgent: undefined }))).toEqual({ kind: 'feed', key: '/termine.ics' });
    expect(reachOf(page({ url: '/en/orte.geojson' }))).toEqual({ kind: 'feed', key: '/en/orte.geojson' });
    expect(reachOf(page({ url: '/orte/alte-molkerei/termine.ics', status: 304 }))).toEqual({ kind: 'feed', key: '/orte/alte-molkerei/termine.ics' });
    expect(reachOf(page({ url: '/orte.xml' }))).toEqual({ kind: 'feed', key: '/orte.xml' });
    expect(reachOf(page({ url: '/neu.xml' }))).toEqual({ kind: 'feed', key: '/neu.xml' });
    expect(reachOf(page({ url: '/termine/unbekannt.ics', status: 404 }))).toBeNull();
    expect(reachOf(page({ url: '/feed.xml', method: 'HEAD' }))).toBeNull();
  });

  it('widget views per embedding site, by the Referer’s origin alone', () => {
    const widget = (referer: string | undefined, overrides: Partial<Answer> = {}) => reachOf(page({ url: '/einbetten/orte?region=altmark', referer, ...overrides }));
    expect(widget('https://www.zukunftsorte.de/karte/altmark?user=anna#top')).toEqual({ kind: 'widget', key: 'https://www.zukunftsorte.de' });
    expect(widget('http://localhost:8080/test.html')).toEqual({ kind: 'widget', key: 'http://localhost:8080' });
    expect(widget('https://anna:geheim@partner.example/seite')).toEqual({ kind: 'widget', key: 'https://partner.example' });
    expect(widget(undefined)).toEqual({ kind: 'widget', key: UNKNOWN_SITE });
    expect(widget('kein URL')).toEqual({ kind: 'widget', key: UNKNOWN_SITE });
    expect(widget('https://partner.example/', { status: 400, contentType: 'text/plain' })).toBeNull();
    expect(widget('https://partner.example/', { userAgent: 'Googlebot/2.1' })).toBeNull();
  });
});

describe('the embedding site', () => {
  it('is scheme, host and port; an opaque or unreadable referrer is unknown', () => {
    expect(siteOf('https://partner.example:8443/a/b?c=d')).toBe('https://partner.example:8443');
    expect(siteOf('data:text/html,hallo')).toBe(UNKNOWN_SITE);
    expect(siteOf('')).toBe(UNKNOWN_SITE);
    expect(siteOf(`https://${'a'.repeat(300)}.example/`)).toBe(UNKNOWN_SITE);
  });
});
