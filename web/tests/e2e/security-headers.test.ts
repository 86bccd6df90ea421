// The security headers of the built site, on every kind of response it gives, and what chromium
// makes of its Content-Security-Policy on every kind of page: no violation, and everything works.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, settle } from './support/browser';
import { fillProposal, openProposalForm, validProposal, waitForFillTime } from './support/proposal';
import { expectBaseHeaders, expectPagePolicy } from './support/security';
import { cspDirective, seed } from './support/site';
import { startSiteServer } from './support/site-server';

const siteUrl = inject('siteUrl');

const article = seed<{ slug: string; isSample: boolean }[]>('articles').find((a) => !a.isSample)!;

/** Every kind of HTML page, with the status it answers. */
const pages: [path: string, status: number][] = [
  ['/', 200],
  ['/orte', 200],
  ['/orte?region=altmark&thema=wohnen-bauen&phase=active', 200],
  ['/orte?ansicht=karte&region=altmark', 200],
  ['/orte/buergermeisterhof', 200],
  ['/regionen/altmark', 200],
  ['/treffen', 200],
  ['/treffen/netzwerktreffen-stendal', 200],
  ['/menschen', 200],
  ['/neu', 200],
  ['/menschen/beispiel-marta-kruse', 200],
  ['/en/menschen/beispiel-marta-kruse', 200],
  ['/partner', 200],
  ['/partner/daily-am-dom', 200],
  ['/beitraege', 200],
  [`/beitraege/${article.slug}`, 200],
  ['/karte', 200],
  ['/mitmachen', 200],
  ['/daten', 200],
  ['/ueber', 200],
  ['/impressum', 200],
  ['/en', 200],
  ['/en/orte', 200],
  ['/en/orte/buergermeisterhof', 200],
  ['/en/karte', 200],
  ['/orte/gibt-es-nicht', 404],
  ['/en/gibt-es-nicht', 404],
  ['/orte?seite=abc', 400],
  ['/orte/buergermeisterhof?preview=gefaelscht', 401],
];

/** Feeds, pictures, probes and redirects: not pages, so they may load nothing and be framed by no one. */
const others: [path: string, status: number][] = [
  ['/orte.geojson', 200],
  ['/en/orte.geojson?region=altmark', 200],
  ['/treffen.ics', 200],
  ['/treffen/netzwerktreffen-kalbe-2027.ics', 200],
  ['/feed.xml', 200],
  ['/en/feed.xml', 200],
  ['/sitemap.xml', 200],
  ['/robots.txt', 200],
  ['/karte/umrisse.geojson', 200],
  ['/karte/deutschland.svg', 200],
  ['/share/orte/buergermeisterhof.jpg', 200],
  ['/share/netzwerk.jpg', 200],
  ['/orte/__data.json', 200],
  ['/healthz', 200],
  ['/readyz', 200],
  ['/orte.geojson?phase=kaputt', 400],
  ['/treffen/gibt-es-nicht.ics', 404],
];

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${siteUrl}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(15_000) });

describe('security headers on every response', () => {
  it.each(pages)('page %s (%i)', async (path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectBaseHeaders(response.headers, path);
    expectPagePolicy(response.headers, await response.text(), path);
  });

  it.each(others)('%s (%i)', async (path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expectBaseHeaders(response.headers, path);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('a page from the cache (HIT) and its 304 carry the same headers, and the policy still fits the cached HTML', async () => {
    const first = await get('/partner');
    const firstPolicy = first.headers.get('content-security-policy');
    await first.text();
    const hit = await get('/partner');
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expectBaseHeaders(hit.headers, 'HIT');
    expect(hit.headers.get('content-security-policy')).toBe(firstPolicy);
    expectPagePolicy(hit.headers, await hit.text(), 'HIT');

    const notModified = await get('/partner', { 'if-none-match': hit.headers.get('etag') ?? '' });
    expect(notModified.status).toBe(304);
    expectBaseHeaders(notModified.headers, '304');
    expect(notModified.headers.get('content-security-policy')).toBe(firstPolicy);
  });

  it('the embeddable widget may be framed by any site, and runs no script', async () => {
    const response = await get('/einbetten/orte?region=altmark');
    expect(response.status).toBe(200);
    expectBaseHeaders(response.headers, 'widget');
    expect(cspDirective(response.headers, 'frame-ancestors')).toBe('frame-ancestors *');
    expect(cspDirective(response.headers, 'default-src')).toBe("default-src 'none'");
    expect(cspDirective(response.headers, 'script-src')).toBeUndefined();
  });

  it('what is answered before the hooks carries them too: built scripts and fonts, the version file, the trailing-slash redirect', async () => {
    const html = await (await get('/')).text();
    const script = /\/_app\/immutable\/[^"]+\.js/.exec(html)?.[0];
    const font = /\/_app\/immutable\/assets\/[^"]+\.woff2/.exec(html)?.[0];
    expect(script && font).toBeTruthy();
    for (const [path, status] of [[script!, 200], [font!, 200], ['/_app/version.json', 200], ['/orte/', 308]] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expectBaseHeaders(response.headers, path);
      await response.arrayBuffer();
    }
  });

  it('HSTS is sent where the site is reached over https: an https ORIGIN, or a proxy naming the protocol', async () => {
    const hstsOf = async (env: Record<string, string>, headers: Record<string, string> = {}) => {
      const server = await startSiteServer(env);
      try {
        return await Promise.all(
          ['/healthz', '/_app/version.json'].map(async (path) => (await fetch(`${server.url}${path}`, { headers })).headers.get('strict-transport-security')),
        );
      } finally {
        await server.stop();
      }
    };
    expect(await hstsOf({ ORIGIN: 'https://www.example.org' })).toEqual(['max-age=31536000', 'max-age=31536000']);
    expect(await hstsOf({ PROTOCOL_HEADER: 'x-forwarded-proto' }, { 'x-forwarded-proto': 'https' })).toEqual(['max-age=31536000', 'max-age=31536000']);
    expect(await hstsOf({ PROTOCOL_HEADER: 'x-forwarded-proto' }, { 'x-forwarded-proto': 'http' })).toEqual([null, null]);
  });
});

describe('in chromium, under the policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ webGl: true });
  });
  afterAll(() => browser?.close());

  it.each(pages)('%s loads without a single violation', async (path, status) => {
    const opened = await openPage(browser, `${siteUrl}${path}`);
    try {
      expect(opened.response?.status()).toBe(status);
      await settle(opened.page);
      if (path === '/daten') {
        // The widget's frame loads lazily, once it is scrolled to.
        await opened.page.locator('iframe').scrollIntoViewIfNeeded();
        await opened.page.frameLocator('iframe').locator('li a').first().waitFor();
      }
      expect(opened.policyViolations).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it.each(['/karte', '/orte?ansicht=karte'])('%s draws the interactive map: its code, worker and outlines load', async (path) => {
    const opened = await openPage(browser, `${siteUrl}${path}`);
    try {
      await opened.page.locator('.map[data-map-mode="interactive"] .map-cluster, .map[data-map-mode="interactive"] .map-pin').first().waitFor({ timeout: 20_000 });
      expect(await opened.page.locator('.map canvas').count()).toBeGreaterThan(0);
      expect(opened.policyViolations).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('the proposal form submits and thanks the visitor', async () => {
    const form = await openProposalForm(browser, `${siteUrl}/mitmachen`);
    try {
      await fillProposal(form.page, validProposal('Hof unter strenger Richtlinie'));
      await waitForFillTime(form.openedAt);
      await form.page.locator('form.proposal button[type="submit"]').click();
      await form.page.waitForURL((url) => url.search === '?danke');
      expect(await form.page.locator('h1').innerText()).toBe('Danke für Ihren Vorschlag!');
      expect(form.policyViolations).toEqual([]);
    } finally {
      await form.close();
    }
  });

  it('links navigate in the page (client-side, with the data of cached pages)', async () => {
    await (await get('/partner')).text();
    const opened = await openPage(browser, `${siteUrl}/`);
    try {
      await settle(opened.page);
      const documents: string[] = [];
      opened.page.on('request', (request) => {
        if (request.resourceType() === 'document') documents.push(request.url());
      });
      await opened.page.getByRole('navigation', { name: 'Mehr entdecken' }).locator('a[href="/partner"]').click();
      await opened.page.waitForURL(`${siteUrl}/partner`);
      await expect.poll(() => opened.page.locator('h1').innerText()).toBe('Partner');
      expect(documents, 'no full page load').toEqual([]);
      expect(opened.policyViolations).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('the policy is enforced: code injected into a page is refused, and the refusal is seen', async () => {
    const opened = await openPage(browser, `${siteUrl}/orte/buergermeisterhof`);
    try {
      await settle(opened.page);
      await opened.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        document.body.insertAdjacentHTML('beforeend', '<img src="/nirgends.png" onerror="window.__injected = true">');
        const foreign = document.createElement('img');
        foreign.src = 'http://localhost:9/fremd.png';
        document.body.append(foreign);
      });
      await expect.poll(() => opened.policyViolations.length).toBeGreaterThanOrEqual(3);
      expect(await opened.page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
      expect(opened.policyViolations.join('\n')).toMatch(/script-src-elem refused inline/);
      expect(opened.policyViolations.join('\n')).toMatch(/script-src-attr refused inline/);
      expect(opened.policyViolations.join('\n')).toMatch(/img-src refused http:\/\/localhost:9\/fremd\.png/);
    } finally {
      await opened.close();
    }
  });
});
