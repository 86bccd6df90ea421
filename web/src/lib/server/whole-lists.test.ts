import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { pageEvent } from './testing/events';
import { oneAtATime, wholeLists } from './whole-lists';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('oneAtATime', () => {
  it('runs tasks one after the other, in order, past failures', async () => {
    const events: string[] = [];
    const task = (name: string, fail = false) => async () => {
      events.push(`${name} start`);
      await tick();
      events.push(`${name} end`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([oneAtATime(task('a')), oneAtATime(task('b', true)), oneAtATime(task('c'))]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('wholeLists', () => {
  const event = (id: string, search = '') => pageEvent<RequestEvent>(`/x${search}`, {}, undefined, { route: { id } });
  const renders = async (events: RequestEvent[]) => {
    let running = 0;
    let most = 0;
    const resolve = async () => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
      return new Response('ok');
    };
    await Promise.all(events.map((e) => wholeLists({ event: e, resolve })));
    return most;
  };

  it('renders the maps, the region pages with theirs and the map feed one at a time', async () => {
    const maps = [event('/[[lang=lang]]/karte'), event('/[[lang=lang]]/orte.geojson'), event('/[[lang=lang]]/orte', '?ansicht=karte'), event('/[[lang=lang]]/regionen/[slug]')];
    expect(await renders(maps)).toBe(1);
  });

  it('lets every other page through at once', async () => {
    expect(await renders([event('/[[lang=lang]]/orte'), event('/[[lang=lang]]/orte/[slug]'), event('/[[lang=lang]]')])).toBe(3);
  });
});
