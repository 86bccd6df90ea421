import { get as httpGet } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const siteUrl = inject('siteUrl');

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${siteUrl}${path}`, { headers });

/** The bytes as sent: fetch would decode them. */
const rawGet = (path: string, headers: Record<string, string>) =>
  new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    httpGet(`${siteUrl}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

describe('the page cache of the built site', () => {
  it('answers a public page from memory, with an ETag, a 304 and caching rules for a CDN', async () => {
    await get('/orte/alte-molkerei-kalbe');
    const hit = await get('/orte/alte-molkerei-kalbe');
    expect(hit.status).toBe(200);
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hit.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(await hit.text()).toMatch(/<h1[^>]*>Alte Molkerei Kalbe<\/h1>/);

    const etag = hit.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await get('/orte/alte-molkerei-kalbe', { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it("answers client-side navigation's data request for a cached page with the page's data, not its HTML", async () => {
    // An earlier test's publish may have left the page stale: its first requests renew it in the background.
    await expect.poll(async () => (await get('/treffen')).headers.get('x-cache'), { timeout: 10_000 }).toBe('HIT');
    const data = await get('/treffen/__data.json?x-sveltekit-invalidated=01');
    expect(data.status).toBe(200);
    expect(data.headers.get('content-type')).toBe('application/json');
    expect(((await data.json()) as { type: string }).type).toBe('data');
  });

  it('sends cached pages compressed with brotli or gzip, as the browser accepts', async () => {
    const plain = await (await get('/orte')).text();
    for (const encoding of ['br', 'gzip'] as const) {
      const raw = await rawGet('/orte', { 'accept-encoding': encoding });
      expect(raw.encoding).toBe(encoding);
      expect((encoding === 'br' ? brotliDecompressSync(raw.body) : gunzipSync(raw.body)).toString()).toBe(plain);
      expect(raw.body.length).toBeLessThan(plain.length / 3);
    }
  });

  it('keeps forms, previews and unknown pages out of the cache', async () => {
    const form = await get('/mitmachen');
    expect(form.headers.get('cache-control')).toBe('private, no-store');
    expect(form.headers.get('x-cache')).toBeNull();
    await get('/orte/gibt-es-nicht');
    const missing = await get('/orte/gibt-es-nicht');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-cache')).toBeNull();
  });

  it('serves the fingerprinted scripts as immutable, precompressed files', async () => {
    const html = await (await get('/')).text();
    const script = /\/_app\/immutable\/[^"]+\.js/.exec(html)?.[0];
    expect(script).toBeTruthy();
    const response = await get(script ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public,max-age=31536000,immutable');
    expect((await rawGet(script ?? '', { 'accept-encoding': 'br' })).encoding).toBe('br');
  });
});
