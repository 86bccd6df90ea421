import { isHttpError } from '@sveltejs/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { collectingTags } from '$lib/server/cache/tags';
import { clearCache } from '$lib/server/cms/client';
import { loadPage } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';

// The fixtures were recorded with this day's filter: the seed's lapsed seeking (2025) is past.
const NOW = '2026-11-29T12:00:00.000Z';
const cms = useReplayCms({ now: NOW });

const run = (path: string) => loadPage(load, path);

const failure = (path: string) =>
  run(path).then(
    () => ({ status: 200, message: '' }),
    (thrown) => (isHttpError(thrown) ? { status: thrown.status, message: thrown.body.message } : { status: 500, message: String(thrown) }),
  );

const listed = async (path: string) => (await run(path)).entries.map((e) => `${e.place?.href} ${e.kind}`);

describe('/gesucht load', () => {
  afterEach(() => {
    delete process.env.SHOW_SAMPLES;
    clearCache();
  });

  it('lists the current notices newest first, 20 a page, with direction, kind, text, place, region and dates', async () => {
    const data = await run('/gesucht');
    expect([data.total, data.pageCount, data.entries.length]).toEqual([69, 4, 20]);
    const added = data.entries.map((e) => e.addedOn);
    expect(added).toEqual([...added].sort().reverse());
    // The real places' notices, dated with the seed's publication, come first.
    expect(data.entries.slice(0, 7).every((e) => !e.isSample && e.addedOn === '2026-11-29')).toBe(true);
    expect(data.entries.find((e) => e.place?.href === '/orte/kelterhaus-freyburg' && e.expiresOn)).toEqual({
      documentId: '<documentId>',
      direction: 'offer',
      kind: 'event_space',
      text: expect.stringMatching(/^Der Gewölbekeller ist für Lesungen/),
      addedOn: '2026-11-27',
      expiresOn: '2027-04-30',
      updatedAt: '<timestamp>',
      isSample: true,
      place: { name: 'Kelterhaus Freyburg', href: '/orte/kelterhaus-freyburg', region: 'Sachsen-Anhalt' },
      contentLocale: 'de',
    });
    expect((await run('/gesucht?seite=2')).entries).toHaveLength(20);
    expect(data.regions.map((r) => r.slug)).toContain('altmark');
  });

  it('filters by direction, kind, region (with its child regions) and theme in the CMS', async () => {
    const offers = await run('/gesucht?art=angeboten&region=sachsen-anhalt');
    expect(offers.entries.every((e) => e.direction === 'offer')).toBe(true);
    expect(offers.entries.map((e) => e.place?.region)).toContain('Altmark');
    expect(await listed('/gesucht?art=investors&thema=wohnen-bauen')).toEqual([
      '/orte/alte-schmiede-beetzendorf investors',
      '/orte/saalehof-wettin investors',
      '/orte/inselschule-havelberg investors',
    ]);
    expect((await run('/gesucht?art=investors&thema=wohnen-bauen')).params).toEqual({ region: '', kind: 'investors', theme: 'wohnen-bauen', page: 1 });
  });

  it('holds the page until the earliest shown notice’s last day is over in Berlin, or a notice changes', async () => {
    const { result, validUntil, tags } = await collectingTags(() => run('/gesucht'));
    const earliest = result.entries.flatMap((e) => e.expiresOn ?? []).sort()[0];
    expect(earliest).toBe('2027-02-28');
    // Midnight in Berlin (winter time, UTC+1) after 28 February.
    expect(validUntil).toBe(Date.parse('2027-02-28T23:00:00Z'));
    expect([...tags]).toEqual(expect.arrayContaining(['list:notices', 'list:notices:by=addedOn', 'list:notices:by=expiresOn']));
  });

  it('leaves samples out where the site hides them', async () => {
    process.env.SHOW_SAMPLES = 'false';
    const data = await run('/gesucht');
    expect([data.total, data.entries.every((e) => !e.isSample)]).toEqual([7, true]);
  });

  it('speaks English under /en, each notice in English where translated', async () => {
    const data = await run('/en/gesucht');
    expect(data.entries.every((e) => e.contentLocale === 'en')).toBe(true);
    expect(data.entries.map((e) => e.text)).toContain('Planned: coworking desks in the historic ensemble.');
    expect(data.entries.map((e) => e.place?.href)).toEqual((await run('/gesucht')).entries.map((e) => e.place?.href));
  });

  it('answers 400 naming the parameter for values that cannot be valid, before asking the CMS', async () => {
    const before = cms.requests.length;
    for (const [path, param] of [
      ['/gesucht?art=Gesucht', 'art'],
      ['/gesucht?art=open_day', 'art'],
      ['/gesucht?region=..%2F..%2Fetc', 'region'],
      ['/gesucht?thema=%3Cscript%3E', 'thema'],
      ['/gesucht?seite=abc', 'seite'],
    ]) {
      expect(await failure(path), path).toEqual({ status: 400, message: `Ungültiger Wert für „${param}“.` });
    }
    expect(cms.requests.length).toBe(before);
  });

  it('answers 400 for a region the CMS does not know', async () => {
    expect(await failure('/gesucht?region=atlantis')).toEqual({ status: 400, message: 'Ungültiger Wert für „region“.' });
  });
});
