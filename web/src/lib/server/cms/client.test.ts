import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evict } from '../cache/evict';
import { operation } from './client';
import { PlacesNearbyDocument } from './generated/graphql';

/** A signal that one side waits for and the other gives. */
const signal = () => {
  let give = () => {};
  const given = new Promise<void>((resolve) => (give = resolve));
  return { given, give };
};

/**
 * A CMS that answers each request with the teaser it holds when asked; the first answer waits
 * until the test lets it go, so that the order of events does not depend on the machine's speed.
 */
const cms = { teaser: 'Erste Fassung', requests: 0, firstArrived: signal(), firstReleased: signal() };
let server: Server;
beforeAll(async () => {
  server = createServer((request, response) => {
    cms.requests += 1;
    const first = cms.requests === 1;
    const teaser = cms.teaser;
    const place = { documentId: 'ort-a', slug: 'alte-molkerei', name: 'Alte Molkerei', teaser, stage: 'active', isSample: false, cover: null, region: null, address: null };
    response.setHeader('content-type', 'application/json');
    const answer = () => response.end(JSON.stringify({ data: { places: [place] } }));
    if (first) {
      cms.firstArrived.give();
      void cms.firstReleased.given.then(answer);
    } else {
      answer();
    }
    request.resume();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  process.env.CMS_URL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  server.close();
  delete process.env.CMS_URL;
});

it('shares a request to the CMS among concurrent readers, but not with a reader after a change', async () => {
  const nearby = operation(PlacesNearbyDocument);
  const variables = { filters: { region: { slug: { eq: 'altmark' } } } };
  const early = nearby(variables);
  const joined = nearby(variables);
  await cms.firstArrived.given;
  cms.teaser = 'Zweite Fassung';
  evict({ expire: ['ort-a'], stale: [], purge: [] });
  const late = await nearby(variables);
  cms.firstReleased.give();

  expect(late.places[0]?.teaser).toBe('Zweite Fassung');
  expect((await early).places[0]?.teaser).toBe('Erste Fassung');
  expect((await joined).places[0]?.teaser).toBe('Erste Fassung');
  // The answer sent before the change, arriving last, does not replace the one kept since.
  expect((await nearby(variables)).places[0]?.teaser).toBe('Zweite Fassung');
  expect(cms.requests).toBe(2);
});

it('with keep: false shares concurrent requests, but keeps no answer after them', async () => {
  const lists = operation(PlacesNearbyDocument, { keep: false });
  const variables = { filters: { region: { slug: { eq: 'harz' } } } };
  const before = cms.requests;
  await Promise.all([lists(variables), lists(variables)]);
  expect(cms.requests - before).toBe(1);
  await lists(variables);
  expect(cms.requests - before).toBe(2);
});
