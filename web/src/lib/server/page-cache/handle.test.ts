import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evict } from '../cache/evict';
import { recordTags, recordValidUntil } from '../cache/tags';
import { pageEvent } from '../testing/events';
import { pageCache } from './handle';
import { clearPages } from './store';

const html = (text: string) => `<!doctype html><html><body><h1>${text}</h1>${'<p>Altmark</p>'.repeat(200)}</body></html>`;

/** The site behind the cache: counts its renders, and answers what the test makes it answer. */
const site = () => {
  const headers: Record<string, string> = { 'content-type': 'text/html', 'cache-control': 'public, max-age=0' };
  const state = { renders: 0, status: 200, text: 'Erste Fassung', headers, tags: ['ort-a', 'list:places'], whileRendering: () => {} };
  const resolve = vi.fn(async () => {
    state.renders += 1;
    // What the page read from the CMS, as the CMS client records it.
    recordTags(state.tags);
    await new Promise((done) => setTimeout(done, 20));
    state.whileRendering();
    return new Response(html(state.text), { status: state.status, headers: state.headers });
  });
  return { state, resolve };
};

const request = (resolve: () => Promise<Response>, path = '/orte', headers: Record<string, string> = {}, method = 'GET', isDataRequest = false) => {
  const event = pageEvent<RequestEvent>(path, {}, { method, headers }, { isDataRequest });
  return Promise.resolve(pageCache({ event, resolve }));
};

describe('the page cache', () => {
  beforeEach(() => {
    process.env.PAGE_CACHE_TTL_MS = '60000';
    clearPages();
  });
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.PAGE_CACHE_TTL_MS;
    delete process.env.PAGE_REVALIDATIONS;
    delete process.env.CACHE;
  });

  it('renders a page once and answers the next requests from memory', async () => {
    const { state, resolve } = site();
    const first = await request(resolve);
    const second = await request(resolve);
    expect(state.renders).toBe(1);
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
    expect(await second.text()).toBe(html('Erste Fassung'));
    expect(second.headers.get('cache-control')).toBe('public, max-age=0');
  });

  it('shares one render among identical concurrent requests', async () => {
    const { state, resolve } = site();
    const responses = await Promise.all(Array.from({ length: 20 }, () => request(resolve)));
    expect(state.renders).toBe(1);
    for (const response of responses) expect(await response.text()).toBe(html('Erste Fassung'));
  });

  it('keys pages by path and query', async () => {
    const { state, resolve } = site();
    await request(resolve, '/orte?region=altmark');
    await request(resolve, '/orte?region=harz');
    await request(resolve, '/en/orte?region=altmark');
    await request(resolve, '/orte?region=altmark');
    expect(state.renders).toBe(3);
  });

  it('answers a current ETag with 304, for any encoding the client had', async () => {
    const { resolve } = site();
    const first = await request(resolve, '/orte', { 'accept-encoding': 'gzip' });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+-gzip"$/);
    const revalidated = await request(resolve, '/orte', { 'if-none-match': etag ?? '', 'accept-encoding': 'br' });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect((await request(resolve, '/orte', { 'if-none-match': '"anders"' })).status).toBe(200);
  });

  it('sends brotli, gzip or plain HTML, as the client accepts, with the same content', async () => {
    const { resolve } = site();
    const br = await request(resolve, '/orte', { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await request(resolve, '/orte', { 'accept-encoding': 'gzip;q=1, br;q=0' });
    const plain = await request(resolve, '/orte');
    expect([br, gzip, plain].map((r) => r.headers.get('content-encoding'))).toEqual(['br', 'gzip', null]);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(html('Erste Fassung'));
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(html('Erste Fassung'));
    const plainBody = await plain.text();
    expect(plainBody).toBe(html('Erste Fassung'));
    expect(Number(br.headers.get('content-length'))).toBeLessThan(plainBody.length / 5);
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('serves a stale page at once and renders it anew in the background', async () => {
    const { state, resolve } = site();
    vi.useFakeTimers({ toFake: ['Date'] });
    await request(resolve);
    vi.setSystemTime(Date.now() + 61_000);
    state.text = 'Zweite Fassung';
    const stale = await request(resolve);
    expect(stale.headers.get('x-cache')).toBe('STALE');
    expect(await stale.text()).toBe(html('Erste Fassung'));
    await vi.waitFor(async () => expect(await (await request(resolve)).text()).toBe(html('Zweite Fassung')));
    expect(state.renders).toBe(2);
  });

  it('keeps serving the stale page while renders fail, e.g. with the CMS down', async () => {
    const { state, resolve } = site();
    vi.useFakeTimers({ toFake: ['Date'] });
    await request(resolve);
    vi.setSystemTime(Date.now() + 61_000);
    state.status = 503;
    for (let i = 0; i < 3; i += 1) {
      const response = await request(resolve);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(html('Erste Fassung'));
      await new Promise((done) => setTimeout(done, 30));
    }
  });

  it('renders a page whose dates have moved on anew before answering, or answers the old one while the CMS is down', async () => {
    const { state, resolve } = site();
    vi.useFakeTimers({ toFake: ['Date'] });
    // What a list of upcoming dates records when it reads the calendar clock (calendar-clock.ts).
    state.whileRendering = () => recordValidUntil(Date.now() + 5_000);
    await request(resolve, '/termine');
    expect((await request(resolve, '/termine')).headers.get('x-cache')).toBe('HIT');
    vi.setSystemTime(Date.now() + 6_000);
    state.text = 'Zweite Fassung';
    const renewed = await request(resolve, '/termine');
    expect([renewed.headers.get('x-cache'), await renewed.text()]).toEqual(['MISS', html('Zweite Fassung')]);
    vi.setSystemTime(Date.now() + 6_000);
    state.status = 503;
    const meanwhile = await request(resolve, '/termine');
    expect([meanwhile.status, meanwhile.headers.get('x-cache'), await meanwhile.text()]).toEqual([200, 'STALE', html('Zweite Fassung')]);
  });

  it('renders at most PAGE_REVALIDATIONS stale pages at a time, and serves the others stale meanwhile', async () => {
    process.env.PAGE_REVALIDATIONS = '1';
    const { state, resolve } = site();
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const path of ['/orte', '/treffen', '/partner']) await request(resolve, path);
    vi.setSystemTime(Date.now() + 61_000);
    const answers = await Promise.all(['/orte', '/treffen', '/partner'].map((path) => request(resolve, path)));
    expect(answers.map((answer) => answer.headers.get('x-cache'))).toEqual(['STALE', 'STALE', 'STALE']);
    expect(state.renders, 'three first renders, and one renewal').toBe(4);
    await vi.waitFor(async () => expect((await request(resolve, '/orte')).headers.get('x-cache')).toBe('HIT'));
    await request(resolve, '/treffen');
    expect(state.renders, 'the next stale page, once the first was renewed').toBe(5);
  });

  it('never keeps errors, private answers, cookies, previews or the site API', async () => {
    const { state, resolve } = site();
    state.status = 404;
    await request(resolve, '/orte/gibt-es-nicht');
    expect((await request(resolve, '/orte/gibt-es-nicht')).status).toBe(404);
    state.status = 200;
    state.headers = { 'content-type': 'text/html', 'cache-control': 'private, no-store' };
    await request(resolve, '/mitmachen');
    await request(resolve, '/mitmachen');
    state.headers = { 'content-type': 'text/html', 'set-cookie': 'a=b' };
    await request(resolve, '/mit-cookie');
    await request(resolve, '/mit-cookie');
    state.headers = { 'content-type': 'text/html' };
    await request(resolve, '/orte/neu?preview=abc');
    await request(resolve, '/orte/neu?preview=abc');
    await request(resolve, '/api/revalidate');
    await request(resolve, '/api/revalidate');
    await request(resolve, '/orte', {}, 'POST');
    await request(resolve, '/orte', {}, 'POST');
    expect(state.renders).toBe(12);
  });

  it("never answers client-side navigation's data requests, which carry the page's URL, with the page", async () => {
    const { state, resolve } = site();
    await request(resolve);
    const data = await request(resolve, '/orte', {}, 'GET', true);
    expect(data.headers.get('x-cache')).toBeNull();
    expect(state.renders).toBe(2);
  });

  it('answers HEAD from the cache without a body', async () => {
    const { resolve } = site();
    await request(resolve);
    const head = await request(resolve, '/orte', {}, 'HEAD');
    expect(head.headers.get('x-cache')).toBe('HIT');
    expect(await head.text()).toBe('');
  });

  it('renders every request when turned off (CACHE=off), for benchmarks', async () => {
    process.env.CACHE = 'off';
    const { state, resolve } = site();
    await Promise.all([request(resolve), request(resolve)]);
    await request(resolve);
    expect(state.renders).toBe(3);
  });

  describe('after a change in the CMS', () => {
    const none = { expire: [], stale: [], purge: [] };

    it('keeps answering pages that do not show the change from memory', async () => {
      const { state, resolve } = site();
      await request(resolve);
      evict({ expire: ['ort-b'], stale: ['list:meetings', 'related:ort-b'], purge: ['ort-c'] });
      expect((await request(resolve)).headers.get('x-cache')).toBe('HIT');
      expect(state.renders).toBe(1);
    });

    it('answers a page that lists the changed entry stale at once, and renews it in the background', async () => {
      const { state, resolve } = site();
      await request(resolve);
      state.text = 'Zweite Fassung';
      evict({ ...none, stale: ['list:places'] });
      const stale = await request(resolve);
      expect(stale.headers.get('x-cache')).toBe('STALE');
      expect(await stale.text()).toBe(html('Erste Fassung'));
      await vi.waitFor(async () => expect(await (await request(resolve)).text()).toBe(html('Zweite Fassung')));
    });

    it("renders the changed entry's own page before answering, and answers the old copy only if that fails", async () => {
      const { state, resolve } = site();
      await request(resolve);
      state.text = 'Zweite Fassung';
      evict({ ...none, expire: ['ort-a'] });
      const renewed = await request(resolve);
      expect(renewed.headers.get('x-cache')).toBe('MISS');
      expect(await renewed.text()).toBe(html('Zweite Fassung'));

      evict({ ...none, expire: ['ort-a'] });
      state.status = 503;
      const fallback = await request(resolve);
      expect([fallback.status, fallback.headers.get('x-cache')]).toEqual([200, 'STALE']);
      expect(await fallback.text()).toBe(html('Zweite Fassung'));
    });

    it('never answers a withdrawn entry again, not even while the CMS is down', async () => {
      const { state, resolve } = site();
      await request(resolve);
      evict({ ...none, purge: ['ort-a'] });
      state.status = 503;
      const answer = await request(resolve);
      expect(answer.status).toBe(503);
      expect(answer.headers.get('x-cache')).toBeNull();
    });

    it('drops a stale copy once the page is gone, and keeps it while renders fail', async () => {
      const { state, resolve } = site();
      await request(resolve);
      evict({ ...none, expire: ['ort-a'] });
      state.status = 404;
      expect((await request(resolve)).status).toBe(404);
      state.status = 503;
      expect((await request(resolve)).status, 'no old copy left to answer').toBe(503);
    });

    it('does not keep a page whose render read an entry withdrawn meanwhile', async () => {
      const { state, resolve } = site();
      state.whileRendering = () => evict({ ...none, purge: ['ort-a'] });
      await request(resolve);
      state.whileRendering = () => {};
      await request(resolve);
      expect(state.renders).toBe(2);
    });

    it('never shares a render begun before a change with a request after it, nor keeps its page', async () => {
      let text = 'Erste Fassung';
      let renders = 0;
      const resolve = async () => {
        renders += 1;
        // What the CMS answered when this render asked; the first render is the slow one.
        const read = text;
        recordTags(['ort-a']);
        await new Promise((done) => setTimeout(done, renders === 1 ? 60 : 10));
        return new Response(html(read), { status: 200, headers: { 'content-type': 'text/html', 'cache-control': 'public, max-age=0' } });
      };
      const early = request(resolve);
      await new Promise((done) => setTimeout(done, 5));
      text = 'Zweite Fassung';
      evict({ ...none, expire: ['ort-a'] });
      expect(await (await request(resolve)).text()).toBe(html('Zweite Fassung'));
      expect(await (await early).text()).toBe(html('Erste Fassung'));
      const after = await request(resolve);
      expect([after.headers.get('x-cache'), await after.text()]).toEqual(['HIT', html('Zweite Fassung')]);
      expect(renders).toBe(2);
    });

    it('keeps a page as a change that arrived while it was compressed left it', async () => {
      const { state, resolve } = site();
      // Due once the render has answered, while its page is compressed off the main thread.
      state.whileRendering = () => setImmediate(() => evict({ ...none, expire: ['ort-a'] }));
      await request(resolve);
      state.whileRendering = () => {};
      expect((await request(resolve)).headers.get('x-cache')).toBe('MISS');
      expect(state.renders).toBe(2);
    });

    it('keeps a page rendered while its listing changed as stale, to be renewed', async () => {
      const { state, resolve } = site();
      state.whileRendering = () => evict({ ...none, stale: ['list:places'] });
      await request(resolve);
      state.whileRendering = () => {};
      expect((await request(resolve)).headers.get('x-cache')).toBe('STALE');
    });
  });
});
