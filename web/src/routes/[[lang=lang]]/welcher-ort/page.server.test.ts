import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { loadPage } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load } from './+page.server';

const cms = useReplayCms();

const run = (path: string) => loadPage(load, path);

/** What a request that does not render a step answers: a redirect or an error. */
const answer = (path: string) =>
  run(path).then(
    () => ({ status: 200 }),
    (thrown) => {
      if (isRedirect(thrown)) return { status: thrown.status, location: thrown.location };
      if (isHttpError(thrown)) return { status: thrown.status, message: thrown.body.message };
      throw thrown;
    },
  );

describe('/welcher-ort load', () => {
  it('starts at the first question with every place, and the CMS’s themes and regions to choose from', async () => {
    const data = await run('/welcher-ort');
    expect(data).toMatchObject({ step: 1, count: 23, previous: null });
    expect(data.themes.map((t) => t.slug)).toEqual(['arbeiten-wirtschaft', 'leben-tourismus', 'wohnen-bauen']);
    expect(data.regions.map((r) => [r.slug, r.parent])).toEqual([
      ['altmark', 'sachsen-anhalt'],
      ['brandenburg', null],
      ['sachsen-anhalt', null],
    ]);
  });

  it('counts the places that the answers given so far leave, with the directory’s filters', async () => {
    // The seed's places with the theme "Wohnen & Bauen", then of those the ones with a time from Berlin, then within 2 hours.
    expect((await run('/welcher-ort?absicht=wohnen&schritt=2')).count).toBe(12);
    expect((await run('/welcher-ort?absicht=wohnen&phase=&von=berlin&schritt=4')).count).toBe(11);
    const fifth = await run('/welcher-ort?absicht=wohnen&von=berlin&minuten=120&schritt=5');
    expect(fifth).toMatchObject({ step: 5, count: 7, previous: 4 });
    // An answer to a later question, kept from going back, does not count before it is asked.
    expect((await run('/welcher-ort?absicht=wohnen&von=berlin&minuten=120&schritt=2')).count).toBe(12);
  });

  it('ends on the directory’s filter URL, in the page’s language', async () => {
    expect(await answer('/welcher-ort?absicht=wohnen&phase=&von=berlin&minuten=120&region=&schritt=6')).toEqual({
      status: 303,
      location: '/orte?thema=wohnen-bauen&von=berlin&minuten=120',
    });
    expect(await answer('/en/welcher-ort?absicht=mitmachen&phase=planned&region=altmark&schritt=6')).toEqual({
      status: 303,
      location: '/en/orte?region=altmark&phase=planned',
    });
  });

  it('passes over how far without a city', async () => {
    expect(await answer('/welcher-ort?absicht=besuchen&von=&schritt=4')).toEqual({ status: 303, location: '/welcher-ort?absicht=besuchen&schritt=5' });
    expect((await run('/welcher-ort?absicht=besuchen&schritt=5')).previous).toBe(3);
  });

  it('answers 400 naming the parameter for an answer it does not offer, before asking the CMS', async () => {
    const before = cms.requests.length;
    for (const [query, param] of [
      ['absicht=urlaub', 'absicht'],
      ['phase=aktiv', 'phase'],
      ['von=muenchen', 'von'],
      ['von=berlin&minuten=75', 'minuten'],
      ['region=%3Cscript%3E', 'region'],
      ['schritt=0', 'schritt'],
      ['schritt=7', 'schritt'],
    ]) {
      expect(await answer(`/welcher-ort?${query}`), query).toEqual({ status: 400, message: `Ungültiger Wert für „${param}“.` });
    }
    expect(cms.requests.length).toBe(before);
    expect(await answer('/en/welcher-ort?absicht=urlaub')).toEqual({ status: 400, message: 'Invalid value for “absicht”.' });
  });

  it('answers 400 for a region the CMS does not know', async () => {
    expect(await answer('/welcher-ort?region=atlantis&schritt=6')).toEqual({ status: 400, message: 'Ungültiger Wert für „region“.' });
  });

  it('speaks English under /en, with the CMS’s English theme names', async () => {
    const data = await run('/en/welcher-ort');
    expect(data.count).toBe(23);
    expect(data.themes.map((t) => t.name)).toContain('Living & Building');
  });
});
