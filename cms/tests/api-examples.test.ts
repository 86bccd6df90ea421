import { parse, validate, buildSchema } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { readJson } from './support/json';

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

// The examples on the website's /daten page (web/src/lib/api-examples/), read as the site reads them.
const examplesDir = join(__dirname, '..', '..', 'web', 'src', 'lib', 'api-examples');
const variables: Record<string, Record<string, unknown>> = JSON.parse(readFileSync(join(examplesDir, 'variables.json'), 'utf8'));
const apiExamples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => {
    const id = file.replace(/\.graphql$/, '');
    return { id, query: readFileSync(join(examplesDir, file), 'utf8'), variables: variables[id] };
  });

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

describe('the examples on the website’s /daten page', () => {
  it('are the six the page shows', () => {
    expect(apiExamples.map((e) => e.id).sort()).toEqual(['events', 'meetings', 'near', 'place', 'reach', 'region']);
  });

  it.each(apiExamples.map((example) => [example.id, example] as const))('%s is valid against the committed schema', (_, example) => {
    expect(validate(schema, parse(example.query))).toEqual([]);
  });

  type Found = { slug: string; name: string; distanceKm: number; place: { slug: string } };
  const run = async <T = Found>(query: string, variables?: Record<string, unknown>) =>
    Object.values(await cms.graphqlData<Record<string, T[]>>(query, variables))[0];
  const example = (id: string) => apiExamples.find((e) => e.id === id)!;

  it('finds the real Altmark places, one place by slug, and the places around Salzwedel nearest first', async () => {
    const altmark = await run(example('region').query);
    expect(altmark.map((p) => p.slug)).toEqual(['buergermeisterhof', 'kultur-nische']);
    const [place] = await run(example('place').query, example('place').variables);
    expect(place.name).toBe('Bürgermeisterhof');
    const near = await run(example('near').query);
    expect(near.map((n) => n.place.slug).sort()).toEqual(['buergermeisterhof', 'kultur-nische']);
    expect(near[0].distanceKm <= near[1].distanceKm).toBe(true);
  });

  it('lists the places within the minutes from Berlin, quickest first: the real ones station to station', async () => {
    type Reached = { slug: string; minutesFromBerlin: number; hubTimesBasis: string };
    const { query, variables } = example('reach');
    const reached = await run<Reached>(query, variables);
    expect(reached.map((p) => [p.slug, p.minutesFromBerlin, p.hubTimesBasis])).toEqual([
      ['buergermeisterhof', 140, 'station_to_station'],
      ['kultur-nische', 140, 'station_to_station'],
    ]);
    // With the samples, at most 90 minutes: only places with a known time, in ascending order.
    const samples = await run<Reached>(query.replace('isSample: { eq: false }, ', ''), { minutes: 90 });
    const minutes = samples.map((p) => p.minutesFromBerlin);
    expect(minutes.length).toBeGreaterThanOrEqual(3);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(minutes.every((m) => m <= 90)).toBe(true);
  });

  it('lists meetings from the given date on; the seed’s only real meeting has no date yet', async () => {
    const { query, variables } = example('meetings');
    expect(await run(query, variables)).toEqual([]);
    // Without the sample filter the same query finds the sample meetings after the date, soonest first.
    const withSamples = await run(query.replace('isSample: { eq: false }, ', ''), variables);
    expect(withSamples.map((m) => m.slug)).toEqual(['werkstatttreffen-tangermuende-2026', 'netzwerktreffen-kalbe-2027']);
  });

  it('lists the next events at Altmark places, soonest first, ongoing ones included; the seed has sample events only', async () => {
    const { query, variables } = example('events');
    expect(await run(query, variables)).toEqual([]);
    const withSamples = await run(query.replace('isSample: { eq: false }', ''), variables);
    // Brandenburg's and Saalekreis' events and the two past ones are left out; the trial week (4 July) is in Bismark, Altmark.
    expect(withSamples.map((e) => e.slug)).toEqual([
      'tag-der-offenen-tuer-alte-molkerei-kalbe',
      'probewohnen-vierseithof-bismark',
      'werkstattwochenende-werkhalle-kloetze',
      'adventsmarkt-hofwerkstatt-stendal',
    ]);
    // Ongoing: a multi-day event that started before the date is still listed.
    const during = await run(query.replace('isSample: { eq: false }', ''), { from: '2027-07-07T12:00:00Z' });
    expect(during.map((e) => e.slug)[0]).toBe('probewohnen-vierseithof-bismark');
  });

  it('answers the GET form that the curl example uses', async () => {
    const query = '{ placesNear(lat: 52.854, lng: 11.16, radiusKm: 30) { distanceKm place { name } } }';
    const response = await fetch(`${cms.url}/graphql?${new URLSearchParams({ query })}`);
    expect(response.status).toBe(200);
    expect((await readJson<{ data: { placesNear: unknown[] } }>(response)).data.placesNear.length).toBeGreaterThan(0);
  });
});
