import { describe, expect, it } from 'vitest';
import { tagsOfAnswer } from '../cache/tags';
import { recordedData, useReplayCms } from '../testing/replay-cms';
import { getEvent, getPlaceEvents, upcomingSince } from './events';
import { getFeedEntries } from './feed-entries';
import { PlaceEventsDocument } from './generated/graphql';

const NOW = '2026-11-29T12:00:00.000Z';
useReplayCms({ now: NOW });

describe('upcomingSince', () => {
  it('is midnight in Berlin of the day, in winter and in summer, so the CMS answer is shared for the day', () => {
    expect(upcomingSince(new Date('2026-11-29T12:34:56.000Z'))).toBe('2026-11-28T23:00:00.000Z');
    expect(upcomingSince(new Date('2026-11-29T23:30:00.000Z'))).toBe('2026-11-29T23:00:00.000Z');
    expect(upcomingSince(new Date('2027-07-10T21:59:00.000Z'))).toBe('2027-07-09T22:00:00.000Z');
    // The day the clocks go forward (28 March 2027) began at 23:00 UTC the day before.
    expect(upcomingSince(new Date('2027-03-28T12:00:00.000Z'))).toBe('2027-03-27T23:00:00.000Z');
  });
});

describe('getPlaceEvents', () => {
  it('lists a place’s events that are not over, soonest first, in English where translated', async () => {
    const german = await getPlaceEvents('alte-molkerei-kalbe', new Date(), 'de');
    expect(german).toEqual([
      {
        slug: 'tag-der-offenen-tuer-alte-molkerei-kalbe',
        title: 'Tag der offenen Tür in der Alten Molkerei',
        kind: 'open_day',
        startsAt: '2027-06-12T08:00:00.000Z',
        endsAt: '2027-06-12T15:00:00.000Z',
        allDay: false,
        isSample: true,
        contentLocale: 'de',
      },
    ]);
    const english = await getPlaceEvents('alte-molkerei-kalbe', new Date(), 'en');
    expect(english.map((event) => [event.title, event.contentLocale])).toEqual([['Open day at the Alte Molkerei', 'en']]);
  });

  it('is tagged so that the CMS’s evictions of an event at the place reach the profile', () => {
    // The site's documents select every entry's documentId (codegen); the recordings were made without it.
    const [event] = recordedData('place-events-alte-molkerei-kalbe', PlaceEventsDocument).events;
    const answer = { events: [{ ...event, documentId: 'event-1' }] };
    const variables = { filters: { and: [{ place: { slug: { eq: 'alte-molkerei-kalbe' } } }, { or: [{ endsAt: { gte: NOW } }, { startsAt: { gte: NOW } }] }] } };
    const tags = [...tagsOfAnswer(PlaceEventsDocument, variables, answer)];
    // A new event there or one moved there or away (cms/src/site/eviction.ts: list:<root>:<relation>=<slug>),
    // a changed date (by=startsAt, by=endsAt) and any edit of a listed event (its documentId).
    expect(tags).toEqual(
      expect.arrayContaining(['list:events:place=alte-molkerei-kalbe', 'list:events:by=startsAt', 'list:events:by=endsAt', 'event-1']),
    );
  });

  it('leaves past events out', async () => {
    // The seed's harvest festival at the Landhandel was in September 2026.
    expect(await getPlaceEvents('landhandel-seehausen', new Date(), 'de')).toEqual([]);
  });
});

describe('getEvent', () => {
  it('reads an all-day multi-day event with its place, price, accessibility and registration', async () => {
    const result = await getEvent('probewohnen-vierseithof-bismark', new Date(), 'de');
    expect(result?.contentLocale).toBe('de');
    expect(result?.content).toMatchObject({
      title: 'Probewohnwoche auf dem Vierseithof',
      kind: 'trial_living',
      allDay: true,
      startsAt: '2027-07-04T22:00:00.000Z',
      endsAt: '2027-07-10T22:00:00.000Z',
      price: '180 € für die Woche',
      registrationUrl: 'https://www.example.org/probewohnen-bismark',
      place: { slug: 'vierseithof-bismark' },
      seo: { title: 'Probewohnwoche auf dem Vierseithof' },
    });
    expect(result?.content.description.length).toBeGreaterThan(0);
    expect(result?.content.seo.description).toMatch(/^Eine Woche auf dem Land/);
  });

  it('offers registration through the last day of an all-day event in Berlin, and none once it is over', async () => {
    const lastEvening = await getEvent('probewohnen-vierseithof-bismark', new Date('2027-07-11T21:59:00.000Z'), 'de');
    expect(lastEvening?.content.registrationUrl).toBe('https://www.example.org/probewohnen-bismark');
    const after = await getEvent('probewohnen-vierseithof-bismark', new Date('2027-07-11T22:00:00.000Z'), 'de');
    expect(after?.content.registrationUrl).toBeNull();
  });

  it('is null for an unknown slug', async () => {
    expect(await getEvent('gibt-es-nicht', new Date(), 'de')).toBeNull();
  });
});

describe('getFeedEntries', () => {
  it('gives an event an entry whose summary says what, when and where', async () => {
    const entries = await getFeedEntries('de', true);
    const event = entries.find((entry) => entry.path === '/termine/werkstattwochenende-werkhalle-kloetze');
    expect(event).toMatchObject({ kind: 'event', title: 'Werkstattwochenende: Lehmputz', contentLocale: 'de' });
    expect(event?.summary).toBe('Workshop · 18. September 2027, 10:00 Uhr bis 19. September 2027, 16:00 Uhr · Werkhalle Klötze, Klötze');
    const allDay = entries.find((entry) => entry.path === '/termine/probewohnen-vierseithof-bismark');
    expect(allDay?.summary).toMatch(/^Probewohnen · 5\. Juli 2027 bis 11\. Juli 2027 · /);
  });

  it('leaves sample events and people out when samples are not wanted', async () => {
    const entries = await getFeedEntries('de', false);
    expect(entries.filter((entry) => entry.kind === 'event')).toEqual([]);
    expect(entries.filter((entry) => entry.kind === 'person')).toEqual([]);
  });

  it('gives a person an entry titled with the name that links the page and sums up role and quote', async () => {
    const entries = await getFeedEntries('de', true);
    const person = entries.find((entry) => entry.path === '/menschen/beispiel-ilka-brandt');
    expect(person).toMatchObject({ kind: 'person', title: 'Ilka Brandt', contentLocale: 'de' });
    expect(person?.summary).toBe('Grafikdesignerin im Coworking · Mein Büro ist dort, wo das WLAN gut und der Kaffee stark ist.');
  });
});
