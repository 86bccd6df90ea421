import { expect, it } from 'vitest';
import type { Cms } from './cms';
import { EDITED_PLACE } from './edits';
import { askAsTheSite } from './site-operations';
import { mediaFingerprints, snapshotContent } from './snapshot';

type PlaceProfile = { places: { name: string }[] };

/** What the website asks for on the edited place's pages in both languages, a meeting it joined, and the directory. */
const siteAnswers = (cms: Cms) =>
  Promise.all([
    askAsTheSite<PlaceProfile>(cms, 'PlaceProfile', { slug: EDITED_PLACE, locale: 'de', meetingFilters: {} }),
    askAsTheSite<PlaceProfile>(cms, 'PlaceProfile', { slug: EDITED_PLACE, locale: 'en', meetingFilters: {} }),
    askAsTheSite(cms, 'Directory', { filters: {}, sort: ['name:asc', 'slug:asc'], page: 1, pageSize: 24, locale: 'de' }),
    askAsTheSite(cms, 'MeetingReport', { slug: 'werkstatttreffen-tangermuende-2026', locale: 'de', partners: {}, places: {} }),
  ]);

/** What a copy of the CMS must keep: every row, every media file, and the website's answers. */
export const capture = async (cms: Cms) => ({
  content: await snapshotContent(cms.strapi),
  media: await mediaFingerprints(cms.strapi),
  answers: await siteAnswers(cms),
});
export type Capture = Awaited<ReturnType<typeof capture>>;

/** Compares a copy, once booted, with what was captured from the seeded and edited original. */
export const itKeepsEverything = (original: () => Capture, copy: () => Cms) => {
  it('holds every entry of every type, in every language and version, with its components and relations', async () => {
    const after = await snapshotContent(copy().strapi);
    expect(Object.keys(after['api::place.place'])).toHaveLength(96);
    const edited = Object.values(after['api::place.place']).find((row) => row.slug === EDITED_PLACE && row.locale === 'en' && row.publishedAt);
    expect(edited).toMatchObject({ name: 'Old Barn Wust', partners: [expect.stringMatching(/\/-\/published$/)], travelTimes: [{ from: 'Tangermünde', minutes: 25 }] });
    expect(edited!.cover.media).toEqual(expect.any(String));
    expect(after).toEqual(original().content);
    const rows = Object.values(after).reduce((sum, byKey) => sum + Object.keys(byKey).length, 0);
    console.log(`[copy] ${Object.keys(after).length} types, ${rows} rows (every language and version), equal to the original`);
  });

  it('has every media file, byte for byte', async () => {
    const after = await mediaFingerprints(copy().strapi);
    expect(Object.keys(after).some((url) => url.includes('alte_scheune_wust'))).toBe(true);
    expect(after).toEqual(original().media);
    console.log(`[copy] ${Object.keys(after).length} media files, byte for byte`);
  });

  it('answers the website as before', async () => {
    const after = await siteAnswers(copy());
    for (const answer of after) expect(answer.body.errors).toBeUndefined();
    expect(after[0].body.data?.places[0]).toMatchObject({ name: 'Alte Scheune Wust', cover: { media: { url: expect.stringMatching(/^\/uploads\//) } } });
    expect(after[1].body.data?.places[0].name).toBe('Old Barn Wust');
    expect(after).toEqual(original().answers);
  });
};
