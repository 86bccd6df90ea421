import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { pageEvent } from '$lib/server/testing/events';
import { useReplayCms } from '$lib/server/testing/replay-cms';
import { GET } from './+server';

type Event = Parameters<typeof GET>[0];

useReplayCms();

const read = async (path: string) => {
  const response = await GET(pageEvent<Event>(path, { slug: path.replace(/^.*\/termine\/|\.ics$/g, '') }));
  return { status: response.status, headers: response.headers, body: await response.text() };
};
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('/termine/<slug>.ics', () => {
  it('is one all-day event as whole days, its end the day after its last', async () => {
    const { status, headers, body } = await read('/termine/probewohnen-vierseithof-bismark.ics');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="probewohnen-vierseithof-bismark.ics"');
    const [event] = events(body);
    expect(event.uid).toBe('termin-probewohnen-vierseithof-bismark@localhost');
    expect(event.summary).toBe('Probewohnwoche auf dem Vierseithof');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-07-05');
    // The last day is 11 July in Berlin; DTEND is exclusive.
    expect(event.endDate.toString()).toBe('2027-07-12');
    expect(event.location).toContain('Vierseithof');
  });

  it('comes in English under /en, linking the English page', async () => {
    const [event] = events((await read('/en/termine/probewohnen-vierseithof-bismark.ics')).body);
    expect(event.summary).toBe('Trial-living week at the Vierseithof');
    expect(event.component.getFirstPropertyValue('url')).toBe('http://localhost/en/termine/probewohnen-vierseithof-bismark');
  });

  it('answers 404 for an unknown or malformed slug', async () => {
    expect((await read('/termine/gibt-es-nicht.ics')).status).toBe(404);
    expect((await read('/termine/..%2Fetc.ics')).status).toBe(404);
  });
});
