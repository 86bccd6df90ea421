import { expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';

useReplayCms({ now: '2026-11-29T12:00:00.000Z' });

it('counts real places only in the key figures, and shows the next meeting', async () => {
  const data = await load(pageEvent<Parameters<typeof load>[0]>('/'));
  expect(data.figures.places).toBe(2);
  expect(data.figures.byStage).toEqual([
    { id: 'idea', count: 0 },
    { id: 'planned', count: 0 },
    { id: 'under_development', count: 1 },
    { id: 'active', count: 1 },
  ]);
  expect(data.figures.themes).toBe(3);
  expect(data.figures.regions).toBeGreaterThanOrEqual(3);
  expect(data.featured.map((p) => p.slug)).toEqual(expect.arrayContaining(['buergermeisterhof', 'kultur-nische']));
  expect(data.meeting?.upcoming).toBe(true);
  expect(data.meeting?.startsAt && data.meeting.startsAt > '2026-11-29').toBe(true);
  expect(data.partners.map((p) => p.slug)).toEqual(expect.arrayContaining(['img-sachsen-anhalt', 'art-altmark', 'daily-am-dom']));
});
