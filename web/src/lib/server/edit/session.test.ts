import type { RequestEvent } from '@sveltejs/kit';
import { beforeEach, describe, expect, it } from 'vitest';
import { pageCache } from '../page-cache/handle';
import { clearPages } from '../page-cache/store';
import { memoryCookies } from '../testing/cookies';
import { pageEvent } from '../testing/events';
import { editPages, endSession, isEditPath, keepSession, SESSION_COOKIE, sessionOf } from './session';

describe('isEditPath', () => {
  it.each(['/bearbeiten', '/bearbeiten/alte-schule', '/en/bearbeiten', '/en/bearbeiten/alte-schule'])('%s is an edit page', (path) => {
    expect(isEditPath(path)).toBe(true);
  });
  it.each(['/', '/orte/bearbeiten', '/bearbeitenx', '/en/orte'])('%s is not', (path) => {
    expect(isEditPath(path)).toBe(false);
  });
});

describe('the session cookie', () => {
  const now = Date.parse('2026-12-05T22:00:00Z');
  const session = { session: 'abc.DEF_123-x', expiresAt: '2026-12-06T00:00:00Z' };

  it('is HttpOnly, SameSite=Strict, on both languages’ edit pages, until the session ends', () => {
    const { cookies, written } = memoryCookies();
    keepSession(cookies, new URL('http://127.0.0.1:3000/bearbeiten?t=x'), session, now);
    expect(written).toEqual(
      ['/bearbeiten', '/en/bearbeiten'].map((path) => ({
        name: SESSION_COOKIE,
        value: session.session,
        options: { path, httpOnly: true, sameSite: 'strict', secure: false, maxAge: 7200 },
      })),
    );
  });

  it('is Secure where the site is https', () => {
    const { cookies, written } = memoryCookies();
    keepSession(cookies, new URL('https://kreativorte.example/en/bearbeiten?t=x'), session, now);
    expect(written.map(({ options }) => options.secure)).toEqual([true, true]);
  });

  it('is deleted on both paths', () => {
    const { cookies, written } = memoryCookies({ [SESSION_COOKIE]: 'abc' });
    endSession(cookies, new URL('http://127.0.0.1:3000/bearbeiten/alte-schule'));
    expect(written.map(({ options }) => [options.path, options.maxAge])).toEqual([
      ['/bearbeiten', 0],
      ['/en/bearbeiten', 0],
    ]);
    expect(sessionOf(cookies)).toBeNull();
  });

  it('is read only when it looks like a session the CMS signed', () => {
    expect(sessionOf(memoryCookies({ [SESSION_COOKIE]: 'abc.DEF_123-x' }).cookies)).toBe('abc.DEF_123-x');
    expect(sessionOf(memoryCookies({ [SESSION_COOKIE]: 'a b<script>' }).cookies)).toBeNull();
    expect(sessionOf(memoryCookies({ [SESSION_COOKIE]: 'x'.repeat(301) }).cookies)).toBeNull();
  });
});

describe("the edit pages' answers", () => {
  beforeEach(() => clearPages());

  /**
   * A page twice through the page cache and this hook, as hooks.server.ts orders them, with the
   * headers the site's own hook gives a 200 page.
   */
  const answer = async (path: string, init: RequestInit = {}, status = 200) => {
    let renders = 0;
    const site = async () => {
      renders += 1;
      const headers = { 'content-type': 'text/html', ...(status === 200 && !init.method ? { 'cache-control': 'public, max-age=0, s-maxage=60' } : {}) };
      return new Response('<!doctype html><title>Bearbeiten</title>', { status, headers });
    };
    const request = () => {
      const event = pageEvent<RequestEvent>(path, {}, init);
      return pageCache({ event, resolve: () => editPages({ event, resolve: site }) });
    };
    const first = await request();
    await request();
    return { response: first, renders: () => renders };
  };

  it.each([
    ['/bearbeiten?t=token', 'no-referrer'],
    ['/en/bearbeiten', 'no-referrer'],
    ['/bearbeiten/alte-schule?gesendet', 'same-origin'],
    ['/en/bearbeiten/alte-schule', 'same-origin'],
  ])('%s is private and noindex, is never cached, and sends its address to no other site (%s)', async (path, policy) => {
    const { response, renders } = await answer(path);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('referrer-policy')).toBe(policy);
    expect(renders()).toBe(2);
  });

  it('so are its refusals and sent forms', async () => {
    for (const [init, status] of [
      [{}, 401],
      [{ method: 'POST' }, 413],
      [{ method: 'POST' }, 503],
    ] as const) {
      const { response } = await answer('/bearbeiten/alte-schule', init, status);
      expect([response.headers.get('cache-control'), response.headers.get('x-robots-tag')]).toEqual(['private, no-store', 'noindex']);
    }
  });

  it('while a public page is cached as before', async () => {
    const { response, renders } = await answer('/orte');
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    expect(renders()).toBe(1);
  });
});
