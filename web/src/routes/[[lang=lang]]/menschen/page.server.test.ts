import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { load as loadList } from './+page.server';
import { load as loadPerson } from './[slug]/+page.server';

const cms = useReplayCms();

type ListEvent = Parameters<typeof loadList>[0];
type PersonEvent = Parameters<typeof loadPerson>[0];

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (failure) => (isHttpError(failure) ? failure.status : 500),
  );

describe('/menschen load', () => {
  it('lists the people by name with their role, quote and places', async () => {
    const data = await loadList(pageEvent<ListEvent>('/menschen'));
    expect(data.people.map((person) => person.slug)).toEqual(['beispiel-ilka-brandt', 'beispiel-jonas-albrecht', 'beispiel-marta-kruse']);
    expect(data).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    const jonas = data.people[1];
    expect(jonas).toMatchObject({ name: 'Jonas Albrecht', role: 'Tischler und Bewohner', isSample: true, contentLocale: 'de' });
    expect(jonas.places.map((place) => place.slug)).toEqual(['alte-molkerei-kalbe', 'vierseithof-bismark']);
  });

  it('shows each person in English where translated, in one request', async () => {
    const before = cms.requests.length;
    const data = await loadList(pageEvent<ListEvent>('/en/menschen'));
    expect(cms.requests.length - before).toBe(1);
    const marta = data.people.find((person) => person.slug === 'beispiel-marta-kruse');
    expect(marta).toMatchObject({ role: 'Ceramicist and co-founder', contentLocale: 'en' });
  });

  it('answers 400 for a malformed page and 404 past the last one', async () => {
    expect(await status(loadList(pageEvent<ListEvent>('/menschen?seite=abc')))).toBe(400);
    expect(await status(loadList(pageEvent<ListEvent>('/menschen?seite=0')))).toBe(400);
    expect(await status(loadList(pageEvent<ListEvent>('/menschen?seite=2')))).toBe(404);
  });
});

describe('/menschen/[slug] load', () => {
  it('shows a person with their story and places, and no structured data for a sample', async () => {
    const data = await loadPerson(pageEvent<PersonEvent>('/menschen/beispiel-marta-kruse', { slug: 'beispiel-marta-kruse' }));
    expect(data.person).toMatchObject({ name: 'Marta Kruse', role: 'Keramikerin und Mitgründerin', isSample: true });
    expect(data.person.story.length).toBe(2);
    expect(data.person.places.map((place) => place.slug)).toEqual(['alte-molkerei-kalbe']);
    expect(data.contentLocale).toBe('de');
    expect(data.structuredData).toEqual([]);
  });

  it('reads the English version with the German original beside it', async () => {
    const data = await loadPerson(pageEvent<PersonEvent>('/en/menschen/beispiel-marta-kruse', { slug: 'beispiel-marta-kruse' }));
    expect(data.contentLocale).toBe('en');
    expect(data.person.role).toBe('Ceramicist and co-founder');
  });

  it('answers 404 for an unknown slug, and for a malformed one without asking the CMS', async () => {
    expect(await status(loadPerson(pageEvent<PersonEvent>('/menschen/gibt-es-nicht', { slug: 'gibt-es-nicht' })))).toBe(404);
    const before = cms.requests.length;
    expect(await status(loadPerson(pageEvent<PersonEvent>('/menschen/x', { slug: '../etc/passwd' })))).toBe(404);
    expect(cms.requests.length).toBe(before);
  });
});
