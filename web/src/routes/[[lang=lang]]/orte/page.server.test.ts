import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { DirectoryDocument } from '$lib/server/cms/generated/graphql';
import { loadPage } from '$lib/server/testing/events';
import { recordedData, useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';

const cms = useReplayCms();

const run = (path: string) => loadPage(load, path);

const status = (path: string) =>
  run(path).then(
    () => 200,
    (failure) => (isHttpError(failure) ? failure.status : 500),
  );

describe('/orte load', () => {
  it('lists the first page with the total and the filter options', async () => {
    const recorded = recordedData('directory', DirectoryDocument).places_connection!;
    const data = await run('/orte');
    expect(data.total).toBe(recorded.pageInfo.total);
    expect(data.places.map((p) => p.slug)).toEqual(recorded.nodes.map((p) => p.slug));
    expect(data.places.length).toBe(12);
    expect(data.regions.map((r) => r.slug)).toEqual(expect.arrayContaining(['altmark', 'sachsen-anhalt', 'brandenburg']));
    expect(data.themes).toHaveLength(3);
  });

  it('reads region, theme and page from the URL and asks the CMS for exactly that', async () => {
    const data = await run('/orte?region=altmark&thema=wohnen-bauen');
    expect(data.params).toMatchObject({ region: 'altmark', theme: 'wohnen-bauen', page: 1 });
    expect(data.places.map((p) => p.slug)).toContain('buergermeisterhof');
    expect(data.places.every((p) => p.themes.some((t) => t.slug === 'wohnen-bauen'))).toBe(true);
    expect(data.total).toBeLessThan((await run('/orte')).total);
    expect((await run('/orte?seite=2')).page).toBe(2);
    expect((await run('/orte?q=salzwedel')).places.map((p) => p.slug).sort()).toEqual(['buergermeisterhof', 'kultur-nische']);
  });

  it('from a hub, lists only places within the time, quickest first, each with its time', async () => {
    const data = await run('/orte?von=berlin&minuten=90');
    expect(data.params).toMatchObject({ from: 'berlin', minutes: 90 });
    const minutes = data.places.map((p) => p.hubMinutes.berlin);
    expect(minutes.length).toBeGreaterThanOrEqual(3);
    expect(minutes.every((m) => m !== undefined && m <= 90)).toBe(true);
    expect(minutes).toEqual([...minutes].sort((a, b) => Number(a) - Number(b)));
    expect(data.total).toBeLessThan((await run('/orte')).total);
  });

  it('answers 400 for filter values that cannot be valid, before asking the CMS', async () => {
    const before = cms.requests.length;
    for (const path of ['/orte?phase=%3Cscript%3E', '/orte?seite=abc', '/orte?region=..%2F..%2Fetc', `/orte?q=${'x'.repeat(2000)}`, '/orte?netzwerk=1%20OR%201=1', '/orte?von=paris', '/orte?von=berlin&minuten=0']) {
      expect(await status(path), path).toBe(400);
    }
    expect(cms.requests.length).toBe(before);
  });

  it('answers 404 for a result page past the last', async () => {
    expect(await status('/orte?seite=99')).toBe(404);
  });
});
