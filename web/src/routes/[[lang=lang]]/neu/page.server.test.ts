import { isHttpError } from '@sveltejs/kit';
import { expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';

type Event = Parameters<typeof load>[0];

// What /neu lists is read from a real CMS in web/tests/e2e/subscriptions.test.ts, whose seed dates
// entries relative to the day it runs; here only what is decided before asking the CMS.
const cms = useReplayCms();

const failure = (path: string) =>
  Promise.resolve(load(pageEvent<Event>(path))).then(
    () => null,
    (thrown) => (isHttpError(thrown) ? [thrown.status, thrown.body.message] : thrown),
  );

it('answers a malformed month with 400 naming it, and a month to come with 404, without asking the CMS', async () => {
  for (const month of ['2026-13', '26-11', 'november', '2026-1']) expect(await failure(`/neu?monat=${month}`), month).toEqual([400, 'Ungültiger Wert für „monat“.']);
  expect(await failure('/en/neu?monat=2099-01')).toEqual([404, 'There is no overview for this month.']);
  expect(cms.requests).toEqual([]);
});
