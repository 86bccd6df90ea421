import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { GET as calendarGET } from './+server';
import { GET as meetingGET } from '../treffen/[slug].ics/+server';

type CalendarEvent = Parameters<typeof calendarGET>[0];
type MeetingEvent = Parameters<typeof meetingGET>[0];

const cms = useReplayCms();

const read = async (pending: Response | Promise<Response>) => {
  const response = await pending;
  return { status: response.status, headers: response.headers, body: await response.text() };
};
const calendar = (path: string) => read(calendarGET(pageEvent<CalendarEvent>(path)));
const meeting = (path: string) => {
  const slug = path.replace(/^.*\/treffen\/|\.ics$/g, '');
  return read(meetingGET(pageEvent<MeetingEvent>(path, { slug })));
};

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('/treffen.ics', () => {
  it('is a published iCalendar that caches may keep for five minutes', async () => {
    const { status, headers, body } = await calendar('/treffen.ics');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    const root = new ICAL.Component(ICAL.parse(body));
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Kreativorte im Grünen: Netzwerktreffen');
  });

  it('leaves the sample meetings out by default (the seed dates only samples)', async () => {
    expect(events((await calendar('/treffen.ics')).body)).toEqual([]);
  });

  it('with ?beispiele=1 holds every dated meeting, in UTC, with a stable UID, place and link', async () => {
    const list = events((await calendar('/treffen.ics?beispiele=1')).body);
    expect(list.map((e) => e.uid)).toEqual(['werkstatttreffen-tangermuende-2026@localhost', 'netzwerktreffen-kalbe-2027@localhost']);
    const kalbe = list[1];
    expect(kalbe.summary).toBe('Frühjahrstreffen 2027 in der Alten Molkerei Kalbe');
    expect(kalbe.startDate.toJSDate().toISOString()).toBe('2027-03-12T12:00:00.000Z');
    expect(kalbe.endDate.toJSDate().toISOString()).toBe('2027-03-12T16:00:00.000Z');
    expect(kalbe.location).toBe('Alte Molkerei Kalbe, 39624 Kalbe (Milde)');
    expect(kalbe.description).toMatch(/^Beim Frühjahrstreffen kommen Kreativorte/);
    expect(kalbe.description).toMatch(/\n\nhttp:\/\/localhost\/treffen\/netzwerktreffen-kalbe-2027$/);
    expect(kalbe.component.getFirstPropertyValue('url')).toBe('http://localhost/treffen/netzwerktreffen-kalbe-2027');
    expect(kalbe.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it('speaks English under /en', async () => {
    const [, kalbe] = events((await calendar('/en/treffen.ics?beispiele=1')).body);
    expect(kalbe.summary).toBe('Spring meeting 2027 at the Alte Molkerei Kalbe');
    expect(kalbe.uid).toBe('netzwerktreffen-kalbe-2027@localhost');
    expect(kalbe.component.getFirstPropertyValue('url')).toBe('http://localhost/en/treffen/netzwerktreffen-kalbe-2027');
  });
});

describe('/treffen/<slug>.ics', () => {
  it("is one meeting's event, offered as a file, with the same UID as in the calendar", async () => {
    const { status, headers, body } = await meeting('/treffen/netzwerktreffen-kalbe-2027.ics');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="netzwerktreffen-kalbe-2027.ics"');
    const [only, ...rest] = events(body);
    expect(rest).toEqual([]);
    expect(only.uid).toBe('netzwerktreffen-kalbe-2027@localhost');
    expect(only.startDate.toJSDate().toISOString()).toBe('2027-03-12T12:00:00.000Z');
  });

  it('speaks English under /en', async () => {
    const [only] = events((await meeting('/en/treffen/netzwerktreffen-kalbe-2027.ics')).body);
    expect(only.summary).toBe('Spring meeting 2027 at the Alte Molkerei Kalbe');
  });

  it('answers 404 for a meeting without a date, and for a slug that cannot exist without asking the CMS', async () => {
    expect((await meeting('/treffen/netzwerktreffen-stendal.ics')).status).toBe(404);
    const before = cms.requests.length;
    const { status, body } = await meeting('/treffen/Nicht_Gueltig.ics');
    expect(status).toBe(404);
    expect(body).toBe('Diesen Eintrag gibt es nicht.\n');
    expect(cms.requests.length).toBe(before);
  });
});
