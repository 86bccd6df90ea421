import { createHash } from 'node:crypto';
import { expect, inject } from 'vitest';
import { cspDirective } from './site';

/** The headers every response carries, whatever it is. */
export const expectBaseHeaders = (headers: Headers, what: string) => {
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
  const permissions = headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions, what).toContain(`${feature}=()`);
  // The test site is served over http, where HSTS would be wrong (security-headers.test.ts starts one over https).
  expect(headers.get('strict-transport-security'), what).toBeNull();
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The inline code of a page: its executable scripts (not JSON-LD, which is data) and its style elements. */
const inlineCode = (html: string) => ({
  scripts: [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
  styles: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
});

/**
 * A page's policy: strict, allowing exactly the inline code this HTML carries by its hashes (so a
 * page answered from the cache must still match its header), framed by the site only, with images
 * from the site and the CMS it reads from.
 */
export const expectPagePolicy = (headers: Headers, html: string, what: string, cmsUrl = inject('cmsUrl')) => {
  const directive = (name: string) => cspDirective(headers, name);
  expect(directive('default-src'), what).toBe("default-src 'self'");
  expect(directive('object-src'), what).toBe("object-src 'none'");
  expect(directive('base-uri'), what).toBe("base-uri 'self'");
  expect(directive('form-action'), what).toBe("form-action 'self'");
  expect(directive('frame-ancestors'), what).toBe("frame-ancestors 'self'");
  expect(directive('img-src'), what).toBe(`img-src 'self' data: ${new URL(cmsUrl).origin}`);
  expect(headers.get('content-security-policy'), what).not.toMatch(/unsafe-eval|nonce-/);

  const scriptSources = (directive('script-src') ?? '').split(' ').slice(1);
  expect(scriptSources[0], what).toBe("'self'");
  for (const source of scriptSources.slice(1)) expect(source, `${what}: script-src allows only hashes`).toMatch(/^'sha256-[\w+/=]+'$/);
  const styleSources = (directive('style-src') ?? '').split(' ').slice(1);
  expect(styleSources[0], what).toBe("'self'");
  expect(styleSources, `${what}: hashes, never unsafe-inline, for style elements`).not.toContain("'unsafe-inline'");
  expect(directive('style-src-attr'), what).toBe("style-src-attr 'unsafe-inline'");

  const { scripts, styles } = inlineCode(html);
  expect(scripts.length, `${what}: SvelteKit's start script`).toBeGreaterThan(0);
  for (const script of scripts) expect(scriptSources, `${what}: the hash of an inline script`).toContain(sha256(script));
  for (const style of styles) expect(styleSources, `${what}: the hash of an inline style`).toContain(sha256(style));
};
