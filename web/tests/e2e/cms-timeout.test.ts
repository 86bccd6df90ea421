import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { linesOf } from './support/logs';
import { expectBaseHeaders } from './support/security';
import { cspDirective, stackTraceIn, textOf } from './support/site';
import { startSiteServer } from './support/site-server';

const cmsUrl = new URL(inject('cmsUrl'));
const TIMEOUT_MS = 1_500;

/**
 * Stands between a second server of the built site and the real CMS. While `silent`, it accepts
 * connections and never answers, like a CMS stuck on its database; otherwise it passes them on.
 */
const silenceableCms = async () => {
  const sockets = new Set<Socket>();
  const state = { silent: true, accepted: 0 };
  const server: Server = createServer((socket) => {
    state.accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    if (state.silent) return;
    const upstream = connect(Number(cmsUrl.port), cmsUrl.hostname);
    upstream.on('error', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    state,
    /** From now on, new connections get no answer; kept-alive ones are closed so the site must open new ones. */
    setSilent: (silent: boolean) => {
      state.silent = silent;
      for (const socket of sockets) socket.destroy();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(done));
    },
  };
};

describe('a CMS that accepts connections and never answers', () => {
  let cms: Awaited<ReturnType<typeof silenceableCms>>;
  let site: Awaited<ReturnType<typeof startSiteServer>>;
  let logDir = '';
  let siteLog = '';

  beforeAll(async () => {
    cms = await silenceableCms();
    logDir = mkdtempSync(join(tmpdir(), 'kig-timeout-'));
    siteLog = join(logDir, 'site.log');
    // A second server of the built site, reading from the CMS behind the switch.
    site = await startSiteServer({ CMS_URL: cms.url, CMS_TIMEOUT_MS: String(TIMEOUT_MS) }, siteLog);
  });

  afterAll(async () => {
    await site?.stop();
    await cms?.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  /** Asks for a page and measures until its last byte. */
  const timed = async (path: string, requestId: string) => {
    const started = performance.now();
    const response = await fetch(`${site.url}${path}`, { headers: { 'x-request-id': requestId }, signal: AbortSignal.timeout(10 * TIMEOUT_MS) });
    const body = await response.text();
    return { response, body, elapsed: performance.now() - started };
  };

  const expectGaveUpInTime = async ({ response, body, elapsed }: Awaited<ReturnType<typeof timed>>, requestId: string, path: string) => {
    expect(response.status).toBe(503);
    expect(elapsed, 'it waited for the CMS').toBeGreaterThanOrEqual(TIMEOUT_MS);
    expect(elapsed, 'and gave up after CMS_TIMEOUT_MS').toBeLessThan(TIMEOUT_MS + 1_000);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(stackTraceIn(body)).toEqual([]);
    const lines = await linesOf(siteLog, requestId, (own) => own.some((line) => line.level === 'http'));
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'CMS unavailable', reason: 'TimeoutError' }));
    expect(lines).toContainEqual(expect.objectContaining({ level: 'http', path, status: 503 }));
  };

  it('while the site has nothing cached: a 503 within CMS_TIMEOUT_MS, on the fallback page (src/error.html), as the layout has no data', async () => {
    const requestId = `e2e-${randomUUID()}`;
    const answer = await timed('/orte', requestId);
    expect(cms.state.accepted, 'the site connected to the silent CMS').toBeGreaterThan(0);
    await expectGaveUpInTime(answer, requestId, '/orte');
    expect(answer.body).toMatch(/<html lang="de">/);
    expect(answer.body).toMatch(/<h1[^>]*>Gleich wieder da<\/h1>/);
    expect(textOf(answer.body)).toContain('Fehler 503');
    expect(textOf(answer.body)).toContain('Die Inhalte sind gerade nicht erreichbar.');
    expect(answer.body).toMatch(/<a href="\/"[^>]*>Zur Startseite<\/a>/);
    expectBaseHeaders(answer.response.headers, 'the fallback page');
    expect(cspDirective(answer.response.headers, 'default-src'), 'no script, no request').toBe("default-src 'none'");
    expect(cspDirective(answer.response.headers, 'style-src-attr'), 'its styles are attributes').toBe("style-src-attr 'unsafe-inline'");
    expect(cspDirective(answer.response.headers, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('once the CMS stops answering a running site: the friendly 503 page within CMS_TIMEOUT_MS', async () => {
    cms.setSilent(false);
    expect((await fetch(site.url)).status, 'the home page, while the CMS answers').toBe(200);
    cms.setSilent(true);

    const requestId = `e2e-${randomUUID()}`;
    const answer = await timed('/orte?q=stille', requestId);
    await expectGaveUpInTime(answer, requestId, '/orte');
    expect(answer.body).toMatch(/<h1[^>]*>Gleich wieder da<\/h1>/);
    expect(textOf(answer.body)).toContain('Unsere Inhalte werden gerade gewartet oder sind kurz nicht erreichbar');
  });
});
