import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { GET as calendarGET } from './+server';
import { GET as placeGET } from '../orte/[slug]/termine.ics/+server';

type CalendarEvent = Parameters<typeof calendarGET>[0];
type PlaceEvent = Parameters<typeof placeGET>[0];

const cms = useReplayCms();

const read = async (pending: Response | Promise<Response>) => {
  const response = await pending;
  return { status: response.status, headers: response.headers, body: await response.text() };
};
const calendar = (path: string) => read(calendarGET(pageEvent<CalendarEvent>(path)));
const placeCalendar = (path: string) => read(placeGET(pageEvent<PlaceEvent>(path, { slug: path.replace(/^.*\/orte\/|\/termine\.ics$/g, '') })));

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const byUid = (text: string) => new Map(events(text).map((e) => [e.uid, e]));

describe('/termine.ics', () => {
  it('is a published iCalendar for any site, which caches may keep for five minutes', async () => {
    const { status, headers, body } = await calendar('/termine.ics');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    const root = new ICAL.Component(ICAL.parse(body));
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Kreativorte im Grünen: Termine');
    // The seed's events and dated meetings are all samples, which feeds leave out by default.
    expect(events(body)).toEqual([]);
  });

  it('with ?beispiele=1 holds meetings and events, past ones included, earliest first', async () => {
    const list = events((await calendar('/termine.ics?beispiele=1')).body);
    expect(list.map((e) => e.uid)).toEqual([
      'werkstatttreffen-tangermuende-2026@localhost',
      'termin-erntefest-landhandel-seehausen@localhost',
      'termin-offene-werkstatt-speicherwerk-tangermuende@localhost',
      'netzwerktreffen-kalbe-2027@localhost',
      'termin-hoffest-kornspeicher-letschin@localhost',
      'termin-tag-der-offenen-tuer-alte-molkerei-kalbe@localhost',
      'termin-probewohnen-vierseithof-bismark@localhost',
      'termin-sommerkonzert-saalehof-wettin@localhost',
      'termin-werkstattwochenende-werkhalle-kloetze@localhost',
      'termin-adventsmarkt-hofwerkstatt-stendal@localhost',
    ]);
  });

  it('gives timed events as UTC instants, summer (CEST) and winter (CET) alike', async () => {
    const all = byUid((await calendar('/termine.ics?beispiele=1')).body);
    // 12 June 2027, 10:00–17:00 in Kalbe, in summer time (UTC+2).
    const openDay = all.get('termin-tag-der-offenen-tuer-alte-molkerei-kalbe@localhost')!;
    expect(openDay.startDate.isDate).toBe(false);
    expect(openDay.startDate.toJSDate().toISOString()).toBe('2027-06-12T08:00:00.000Z');
    expect(openDay.endDate.toJSDate().toISOString()).toBe('2027-06-12T15:00:00.000Z');
    expect(openDay.summary).toBe('Tag der offenen Tür in der Alten Molkerei');
    expect(openDay.location).toMatch(/^Alte Molkerei Kalbe, /);
    expect(openDay.component.getFirstPropertyValue('url')).toBe('http://localhost/termine/tag-der-offenen-tuer-alte-molkerei-kalbe');
    expect(openDay.description).toMatch(/^Die Alte Molkerei öffnet ihre Ateliers.*\n\nhttp:\/\/localhost\/termine\/tag-der-offenen-tuer-alte-molkerei-kalbe$/s);
    // 27 November 2027, 14:00–19:00 in Stendal, in winter time (UTC+1).
    const market = all.get('termin-adventsmarkt-hofwerkstatt-stendal@localhost')!;
    expect(market.startDate.toJSDate().toISOString()).toBe('2027-11-27T13:00:00.000Z');
    expect(market.endDate.toJSDate().toISOString()).toBe('2027-11-27T18:00:00.000Z');
    // A weekend workshop with times is one event from its first start to its last end.
    const weekend = all.get('termin-werkstattwochenende-werkhalle-kloetze@localhost')!;
    expect([weekend.startDate.toJSDate().toISOString(), weekend.endDate.toJSDate().toISOString()]).toEqual(['2027-09-18T08:00:00.000Z', '2027-09-19T14:00:00.000Z']);
  });

  it('gives all-day events as dates, the end the day after the last, one event for several days', async () => {
    const { body } = await calendar('/termine.ics?beispiele=1');
    const all = byUid(body);
    // The farm festival is on 22 May 2027 (starting at midnight in Berlin, 22:00 UTC the day before).
    const fest = all.get('termin-hoffest-kornspeicher-letschin@localhost')!;
    expect(fest.startDate.isDate).toBe(true);
    expect(fest.startDate.toString()).toBe('2027-05-22');
    expect(fest.endDate.toString()).toBe('2027-05-23');
    expect(fest.duration.toSeconds()).toBe(86_400);
    // The trial-living week: 5 to 11 July 2027.
    const week = all.get('termin-probewohnen-vierseithof-bismark@localhost')!;
    expect([week.startDate.isDate, week.startDate.toString(), week.endDate.toString()]).toEqual([true, '2027-07-05', '2027-07-12']);
    expect(body).toContain('DTSTART;VALUE=DATE:20270705\r\nDTEND;VALUE=DATE:20270712\r\n');
  });

  it("takes the page's filters", async () => {
    const uids = async (path: string) => events((await calendar(path)).body).map((e) => e.uid);
    expect(await uids('/termine.ics?beispiele=1&region=altmark&monat=2027-06')).toEqual(['termin-tag-der-offenen-tuer-alte-molkerei-kalbe@localhost']);
    expect(await uids('/termine.ics?beispiele=1&art=network_meeting')).toEqual(['werkstatttreffen-tangermuende-2026@localhost', 'netzwerktreffen-kalbe-2027@localhost']);
  });

  it('speaks English under /en', async () => {
    const all = byUid((await calendar('/en/termine.ics?beispiele=1')).body);
    expect(all.get('termin-tag-der-offenen-tuer-alte-molkerei-kalbe@localhost')?.summary).toBe('Open day at the Alte Molkerei');
    expect(all.get('netzwerktreffen-kalbe-2027@localhost')?.component.getFirstPropertyValue('url')).toBe('http://localhost/en/treffen/netzwerktreffen-kalbe-2027');
  });

  it('answers 400 naming the parameter, as the page does', async () => {
    for (const [path, param] of [
      ['/termine.ics?monat=2027-13', 'monat'],
      ['/termine.ics?art=konzert', 'art'],
      ['/termine.ics?beispiele=ja', 'beispiele'],
      ['/termine.ics?region=atlantis', 'region'],
    ]) {
      const { status, body } = await calendar(path);
      expect([status, body], path).toEqual([400, `Ungültiger Wert für „${param}“.\n`]);
    }
  });
});

describe('/orte/<slug>/termine.ics', () => {
  it("holds the place's events (a sample place's too, as the site shows samples)", async () => {
    const { status, headers, body } = await placeCalendar('/orte/alte-molkerei-kalbe/termine.ics');
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(new ICAL.Component(ICAL.parse(body)).getFirstPropertyValue('x-wr-calname')).toBe('Alte Molkerei Kalbe: Termine');
    const [only, ...rest] = events(body);
    expect(rest).toEqual([]);
    expect(only.uid).toBe('termin-tag-der-offenen-tuer-alte-molkerei-kalbe@localhost');
    expect(only.startDate.toJSDate().toISOString()).toBe('2027-06-12T08:00:00.000Z');
  });

  it('answers 404 for an unknown place, and for a slug that cannot exist without asking the CMS', async () => {
    expect((await placeCalendar('/orte/nirgendwo/termine.ics')).status).toBe(404);
    const before = cms.requests.length;
    const { status, body } = await placeCalendar('/orte/Nicht_Gueltig/termine.ics');
    expect([status, body]).toEqual([404, 'Diesen Eintrag gibt es nicht.\n']);
    expect(cms.requests.length).toBe(before);
  });
});
