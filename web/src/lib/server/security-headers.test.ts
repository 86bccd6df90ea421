import { createHmac } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageCache } from './page-cache';
import { clearPages } from './page-cache/store';
import { pageEvent } from './testing/events';
import { FALLBACK_PAGE, LOCKED_DOWN, securityHeaders } from './security-headers';

/** A policy as kit.csp renders it (svelte.config.js), with the hashes of one page. */
const RENDERED =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; style-src-attr 'unsafe-inline'; base-uri 'self'";

const previewToken = (path: string) => {
  const body = Buffer.from(JSON.stringify({ path, exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
  return `${body}.${createHmac('sha256', 'geheim').update(body).digest('base64url')}`;
};

const policyOf = async (path: string, headers: Record<string, string>) => {
  const event = pageEvent<RequestEvent>(path);
  const response = await securityHeaders({ event, resolve: async () => new Response('<!doctype html>', { headers }) });
  const policy = response.headers.get('content-security-policy') ?? '';
  return { policy, directive: (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) };
};

describe('the security headers hook', () => {
  beforeEach(() => {
    process.env.CMS_PUBLIC_URL = 'https://cms.example.org/';
    process.env.PREVIEW_SECRET = 'geheim';
  });
  afterEach(() => {
    for (const name of ['CMS_PUBLIC_URL', 'PREVIEW_SECRET', 'PUBLIC_MAP_STYLE_URL']) delete process.env[name];
    vi.useRealTimers();
  });

  it("completes a page's policy with the CMS's images and lets only the site frame it", async () => {
    const { directive } = await policyOf('/orte', { 'content-security-policy': RENDERED });
    expect(directive('img-src')).toBe("img-src 'self' data: https://cms.example.org");
    expect(directive('script-src')).toBe("script-src 'self' 'sha256-abc='");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'self'");
  });

  it("lets the CMS's admin frame a valid preview, and nobody frame a forged one", async () => {
    const valid = await policyOf(`/orte/neu?preview=${previewToken('/orte/neu')}`, { 'content-security-policy': RENDERED });
    expect(valid.directive('frame-ancestors')).toBe("frame-ancestors 'self' https://cms.example.org");
    const moved = await policyOf(`/orte/anders?preview=${previewToken('/orte/neu')}`, { 'content-security-policy': RENDERED });
    expect(moved.directive('frame-ancestors')).toBe("frame-ancestors 'self'");
  });

  it("allows a self-hosted map style's origin for the map's requests", async () => {
    process.env.PUBLIC_MAP_STYLE_URL = 'https://tiles.example.org/style.json';
    const { directive } = await policyOf('/karte', { 'content-security-policy': "default-src 'self'; img-src 'self'" });
    // connect-src was not in the rendered policy, so it starts from default-src.
    expect(directive('connect-src')).toBe("connect-src 'self' https://tiles.example.org");
  });

  it('keeps a policy that names its own framers (the widget), and locks down answers without one', async () => {
    const widget = "default-src 'none'; frame-ancestors *";
    expect((await policyOf('/einbetten/orte', { 'content-security-policy': widget })).policy).toBe(widget);
    expect((await policyOf('/orte.geojson', { 'content-type': 'application/geo+json' })).policy).toBe(LOCKED_DOWN);
  });

  it('lets the fallback error page, which kit.csp does not cover, use its style attributes and nothing else', async () => {
    expect((await policyOf('/orte', { 'content-type': 'text/html; charset=utf-8' })).policy).toBe(FALLBACK_PAGE);
    expect(FALLBACK_PAGE).not.toMatch(/script-src|unsafe-eval|'self'/);
  });

  it('gives answers from the page cache (hit, stale, 304) the same policy as the render', async () => {
    clearPages();
    vi.useFakeTimers({ toFake: ['Date'] });
    const send = async (headers: Record<string, string> = {}) => {
      const event = pageEvent<RequestEvent>('/partner', {}, { headers });
      const resolve = async () => new Response('<!doctype html><h1>Partner</h1>', { headers: { 'content-type': 'text/html', 'content-security-policy': RENDERED } });
      // As in hooks.server.ts: the page cache keeps what the security headers hook completed.
      return pageCache({ event, resolve: () => securityHeaders({ event, resolve }) });
    };
    const rendered = await send();
    const policy = rendered.headers.get('content-security-policy');
    expect(policy).toContain("frame-ancestors 'self'");
    const hit = await send();
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000 - 1000);
    const stale = await send();
    const notModified = await send({ 'if-none-match': rendered.headers.get('etag') ?? '' });
    expect([hit, stale, notModified].map((r) => [r.headers.get('x-cache'), r.status])).toEqual([['HIT', 200], ['STALE', 200], ['STALE', 304]]);
    for (const response of [hit, stale, notModified]) expect(response.headers.get('content-security-policy')).toBe(policy);
  });
});
