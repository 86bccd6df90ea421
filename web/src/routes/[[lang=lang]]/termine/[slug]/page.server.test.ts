import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';

type Event = Parameters<typeof load>[0];

const cms = useReplayCms({ now: '2026-11-29T12:00:00.000Z' });

const page = (path: string, slug: string) => load(pageEvent<Event>(path, { slug }));
const status = (slug: string) =>
  page(`/termine/${slug}`, slug).then(
    () => 200,
    (failure) => (isHttpError(failure) ? failure.status : 500),
  );

describe('/termine/[slug] load', () => {
  it('returns the event with its place; a sample gets no structured data', async () => {
    const data = await page('/termine/werkstattwochenende-werkhalle-kloetze', 'werkstattwochenende-werkhalle-kloetze');
    expect(data.contentLocale).toBe('de');
    expect(data.event).toMatchObject({ title: 'Werkstattwochenende: Lehmputz', kind: 'workshop', isSample: true, allDay: false });
    expect(data.event.place).toMatchObject({ slug: 'werkhalle-kloetze', name: 'Werkhalle Klötze', town: 'Klötze' });
    expect(data.event.place?.region?.slug).toBeTruthy();
    expect(data.structuredData).toEqual([]);
  });

  it('reads the English page with its German original beside it, in one request', async () => {
    const before = cms.requests.length;
    const data = await page('/en/termine/probewohnen-vierseithof-bismark', 'probewohnen-vierseithof-bismark');
    expect(data.contentLocale).toBe('en');
    expect(data.event.title).toBe('Trial-living week at the Vierseithof');
    expect(cms.requests.slice(before).map((r) => `${r.operation} ${r.variables.locale} ${r.variables.withGerman}`)).toEqual(['EventPage en true']);
  });

  it('answers 404 for an unknown slug, and for a malformed one without asking the CMS', async () => {
    expect(await status('gibt-es-nicht')).toBe(404);
    const before = cms.requests.length;
    expect(await status('..%2F..%2Fetc%2Fpasswd')).toBe(404);
    expect(cms.requests.length).toBe(before);
  });
});
