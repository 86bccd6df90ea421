import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { ADAPTER_NODE_START, jsonLines, linesOf, rawLines, type LogLine } from './support/logs';

const siteUrl = inject('siteUrl');
const cmsLog = inject('cmsLog');
const siteLog = inject('siteLog');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const requestLine = (lines: LogLine[]) => lines.find((line) => line.level === 'http');
const hasRequestLine = (lines: LogLine[]) => requestLine(lines) !== undefined;

/** A directory search nobody has made yet: neither the page cache nor the data cache knows it, so the site must ask the CMS. */
const freshSearch = () => `/orte?q=logspur${randomUUID().slice(0, 8)}`;

const get = async (path: string, requestId?: string) => {
  const response = await fetch(`${siteUrl}${path}`, { headers: requestId ? { 'x-request-id': requestId } : {} });
  await response.arrayBuffer();
  return response;
};

describe('logs and request ids', () => {
  it("a page's request id runs from the site into the CMS's log of the GraphQL requests made for it", async () => {
    const requestId = `e2e-${randomUUID()}`;
    const path = freshSearch();
    const response = await get(path, requestId);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const site = await linesOf(siteLog, requestId, hasRequestLine);
    expect(requestLine(site)).toMatchObject({ method: 'GET', path: '/orte', status: 200, cache: 'MISS' });
    const cms = await linesOf(cmsLog, requestId, (lines) => lines.some((line) => line.path === '/graphql'));
    for (const line of cms.filter((line) => line.level === 'http')) {
      expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    }

    // Query strings are logged on neither side: the search term, which may name a person, is in no line.
    const term = new URL(path, siteUrl).searchParams.get('q')!;
    expect(rawLines(siteLog).join('\n')).not.toContain(term);
    expect(rawLines(cmsLog).join('\n')).not.toContain(term);
  });

  it('a page answered from the page cache is logged under its own id, and asks the CMS nothing', async () => {
    const path = freshSearch();
    const first = `e2e-${randomUUID()}`;
    const second = `e2e-${randomUUID()}`;
    await get(path, first);
    await linesOf(cmsLog, first, (lines) => lines.some((line) => line.path === '/graphql'));
    const cached = await get(path, second);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect(cached.headers.get('x-request-id')).toBe(second);
    expect(requestLine(await linesOf(siteLog, second, hasRequestLine))).toMatchObject({ path: '/orte', status: 200, cache: 'HIT' });
    expect(jsonLines(rawLines(cmsLog)).filter((line) => line.requestId === second)).toEqual([]);
  });

  it('replaces a missing or malformed id with a new one, and passes that on to the CMS', async () => {
    for (const sent of [undefined, 'kurz', 'not an id; <b>', 'x'.repeat(65)]) {
      const response = await get(freshSearch(), sent);
      const requestId = response.headers.get('x-request-id') ?? '';
      expect(requestId, String(sent)).toMatch(UUID);
      await linesOf(cmsLog, requestId, (lines) => lines.some((line) => line.path === '/graphql'));
    }
  });

  it('both logs, after all of the above, are JSON: one object per line with time, level and message', () => {
    const cms = rawLines(cmsLog);
    const site = rawLines(siteLog);
    expect(site.filter((line) => ADAPTER_NODE_START.test(line))).toHaveLength(1);
    for (const lines of [cms, site.filter((line) => !ADAPTER_NODE_START.test(line))]) {
      const parsed = jsonLines(lines);
      expect(parsed.length, lines.join('\n')).toBeGreaterThan(0);
      for (const line of parsed) {
        expect(Date.parse(line.time), JSON.stringify(line)).not.toBeNaN();
        expect(line.level).toMatch(/^(error|warn|info|http|verbose|debug|silly)$/);
        expect(line.message).toBeTypeOf('string');
      }
    }
  });
});
