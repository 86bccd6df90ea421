import { isHttpError } from '@sveltejs/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { collectingTags } from '$lib/server/cache/tags';
import { clearCache } from '$lib/server/cms/client';
import { loadPage } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';
import { load as loadArchive } from './archiv/+page.server';

// The fixtures were recorded for this moment: the seed's 2027 dates are ahead, its 2026 ones past.
const NOW = '2026-11-29T12:00:00.000Z';
const cms = useReplayCms({ now: NOW });

const run = (path: string) => (path.includes('/termine/archiv') ? loadPage(loadArchive, path) : loadPage(load, path));

const failure = (path: string) =>
  run(path).then(
    () => ({ status: 200, message: '' }),
    (thrown) => (isHttpError(thrown) ? { status: thrown.status, message: thrown.body.message } : { status: 500, message: String(thrown) }),
  );

const slugs = async (path: string) => (await run(path)).entries.map((e) => e.slug);

describe('/termine load', () => {
  afterEach(() => {
    delete process.env.SHOW_SAMPLES;
    clearCache();
  });

  it('lists meetings and events together, upcoming soonest first, with kind, place, town and region', async () => {
    const data = await run('/termine');
    expect(data.entries.map((e) => e.slug)).toEqual([
      'netzwerktreffen-kalbe-2027',
      'hoffest-kornspeicher-letschin',
      'tag-der-offenen-tuer-alte-molkerei-kalbe',
      'probewohnen-vierseithof-bismark',
      'sommerkonzert-saalehof-wettin',
      'werkstattwochenende-werkhalle-kloetze',
      'adventsmarkt-hofwerkstatt-stendal',
    ]);
    expect(data.total).toBe(7);
    expect(data.pageCount).toBe(1);
    const [meeting, fest] = data.entries;
    expect(meeting).toMatchObject({ kind: 'network_meeting', href: '/treffen/netzwerktreffen-kalbe-2027', venue: { href: '/orte/alte-molkerei-kalbe' }, region: 'Altmark', isSample: true });
    expect(fest).toMatchObject({ kind: 'open_day', href: '/termine/hoffest-kornspeicher-letschin', allDay: true, venue: { name: 'Kornspeicher Letschin', href: '/orte/kornspeicher-letschin' }, region: 'Brandenburg' });
    expect(data.regions.map((r) => r.slug)).toContain('altmark');
    expect(data.themes).toHaveLength(3);
    expect(data.months[0]).toBe('2026-11');
  });

  it('keeps past entries for the archive, the most recent first', async () => {
    expect(await slugs('/termine/archiv')).toEqual(['offene-werkstatt-speicherwerk-tangermuende', 'erntefest-landhandel-seehausen', 'werkstatttreffen-tangermuende-2026']);
  });

  it('holds a page until the calendar clock moves on, five minutes at most, or a change to an event or meeting', async () => {
    const { validUntil, tags } = await collectingTags(() => run('/termine'));
    expect(validUntil).toBe(Date.parse(NOW) + 5 * 60_000);
    // What the CMS names when an event or meeting is first published, or its dates change (cms/src/site/eviction.ts).
    expect([...tags]).toEqual(expect.arrayContaining(['list:events', 'list:events:by=startsAt', 'list:events:by=endsAt', 'list:meetings', 'list:meetings:by=startsAt']));
  });

  it('filters by region (with its child regions), month, kind and theme in the CMS', async () => {
    expect(await slugs('/termine?region=altmark&monat=2027-06')).toEqual(['tag-der-offenen-tuer-alte-molkerei-kalbe']);
    // The trial-living week runs from 5 to 11 July: it overlaps July, not June or August.
    expect(await slugs('/termine?monat=2027-07')).toEqual(['probewohnen-vierseithof-bismark']);
    expect(await slugs('/termine?region=sachsen-anhalt&art=market')).toEqual(['adventsmarkt-hofwerkstatt-stendal']);
    expect(await slugs('/termine?art=network_meeting')).toEqual(['netzwerktreffen-kalbe-2027']);
    // Meetings have no theme, so a theme leaves them out; events take their place's themes.
    expect(await slugs('/termine?thema=wohnen-bauen')).toEqual([
      'hoffest-kornspeicher-letschin',
      'tag-der-offenen-tuer-alte-molkerei-kalbe',
      'probewohnen-vierseithof-bismark',
      'sommerkonzert-saalehof-wettin',
    ]);
    const data = await run('/termine?region=brandenburg&monat=2027-03');
    expect(data.entries).toEqual([]);
    expect(data.params).toMatchObject({ region: 'brandenburg', month: '2027-03', kind: '', theme: '', page: 1 });
  });

  it('leaves samples out where the site hides them', async () => {
    process.env.SHOW_SAMPLES = 'false';
    expect(await slugs('/termine')).toEqual([]);
  });

  it('speaks English under /en, each entry in English where translated', async () => {
    const data = await run('/en/termine');
    expect(data.entries.map((e) => e.title)).toContain('Open day at the Alte Molkerei');
    expect(data.entries.every((e) => e.contentLocale === 'en')).toBe(true);
    expect(data.entries.map((e) => e.slug)).toEqual(await slugs('/termine'));
  });

  it('answers 400 naming the parameter for values that cannot be valid, before asking the CMS', async () => {
    const before = cms.requests.length;
    for (const [path, param] of [
      ['/termine?monat=2027-13', 'monat'],
      ['/termine?monat=juli', 'monat'],
      ['/termine?art=konzert', 'art'],
      ['/termine?region=..%2F..%2Fetc', 'region'],
      ['/termine?thema=%3Cscript%3E', 'thema'],
      ['/termine?seite=abc', 'seite'],
      ['/termine/archiv?art=1%20OR%201=1', 'art'],
    ]) {
      expect(await failure(path), path).toEqual({ status: 400, message: `Ungültiger Wert für „${param}“.` });
    }
    expect(cms.requests.length).toBe(before);
  });

  it('answers 400 for a region or theme the CMS does not know, and 404 for a page past the last', async () => {
    expect(await failure('/termine?region=atlantis')).toEqual({ status: 400, message: 'Ungültiger Wert für „region“.' });
    expect(await failure('/en/termine?thema=weltraum')).toEqual({ status: 400, message: 'Invalid value for “thema”.' });
    expect((await failure('/termine?seite=2')).status).toBe(404);
  });
});
