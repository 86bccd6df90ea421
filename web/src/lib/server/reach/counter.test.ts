import { describe, expect, it } from 'vitest';
import { ReachCounter } from './counter';

describe('the reach counter', () => {
  it('adds up per day, kind and key, and starts empty after taking', () => {
    const counter = new ReachCounter();
    counter.add('2026-12-06', 'page', '/orte');
    counter.add('2026-12-06', 'page', '/orte');
    counter.add('2026-12-07', 'page', '/orte');
    counter.add('2026-12-06', 'feed', '/orte');
    expect(counter.take()).toEqual({
      rows: [
        { day: '2026-12-06', kind: 'page', key: '/orte', views: 2 },
        { day: '2026-12-07', kind: 'page', key: '/orte', views: 1 },
        { day: '2026-12-06', kind: 'feed', key: '/orte', views: 1 },
      ],
      dropped: 0,
    });
    expect(counter.take()).toEqual({ rows: [], dropped: 0 });
  });

  it('keeps at most its number of keys: new ones beyond are dropped and counted, known ones still add up', () => {
    const counter = new ReachCounter(2);
    counter.add('2026-12-06', 'page', '/a');
    counter.add('2026-12-06', 'page', '/b');
    counter.add('2026-12-06', 'page', '/c');
    counter.add('2026-12-06', 'page', '/c');
    counter.add('2026-12-06', 'page', '/a');
    const { rows, dropped } = counter.take();
    expect(rows.map((row) => [row.key, row.views])).toEqual([
      ['/a', 2],
      ['/b', 1],
    ]);
    expect(dropped).toBe(2);
  });

  it('takes back rows a flush could not deliver, added to what came meanwhile', () => {
    const counter = new ReachCounter();
    counter.add('2026-12-06', 'widget', 'https://partner.example');
    const { rows } = counter.take();
    counter.add('2026-12-06', 'widget', 'https://partner.example');
    counter.giveBack(rows);
    expect(counter.take().rows).toEqual([{ day: '2026-12-06', kind: 'widget', key: 'https://partner.example', views: 2 }]);
  });
});
