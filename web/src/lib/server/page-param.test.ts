import { expect, it } from 'vitest';
import { parsePageParam } from './page-param';

it.each([
  [null, 1],
  ['', 1],
  ['2', 2],
  ['0', null],
  ['02', null],
  ['x', null],
  ['99999', null],
])('seite=%s → %s', (value, page) => expect(parsePageParam(value)).toBe(page));
