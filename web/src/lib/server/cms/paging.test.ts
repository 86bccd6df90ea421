import { expect, it } from 'vitest';
import { allPages } from './paging';

it('allPages reads page after page until the last one the CMS reports', async () => {
  const asked: number[] = [];
  const items = await allPages(async (page) => {
    asked.push(page);
    return { items: [`a${page}`, `b${page}`], pageCount: 3 };
  });
  expect(asked).toEqual([1, 2, 3]);
  expect(items).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
});

it('allPages stops after the first page of an empty list (page count 0)', async () => {
  const asked: number[] = [];
  expect(await allPages(async (page) => (asked.push(page), { items: [], pageCount: 0 }))).toEqual([]);
  expect(asked).toEqual([1]);
});
