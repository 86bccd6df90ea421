import { describe, expect, it } from 'vitest';
import { MeetingReportDocument, type MeetingReportFragment } from '../generated/graphql';
import { recordedData } from '../../testing/replay-cms';
import { toMeetingReport } from './meeting';


/** The recorded Kalbe 2027 meeting, with the fields a case is about changed. */
const meeting = (overrides: Partial<MeetingReportFragment> = {}): MeetingReportFragment => ({
  ...recordedData('meeting-kalbe-2027', MeetingReportDocument).meetings[0]!,
  ...overrides,
});

const options = { cmsPublicUrl: '', showSamples: true, now: new Date('2026-11-29T12:00:00.000Z') };

describe('toMeetingReport', () => {
  it('offers registration over http(s) only, and only until the meeting is over', () => {
    const recorded = meeting().registrationUrl;
    expect(recorded).toMatch(/^https:\/\//);
    expect(toMeetingReport(meeting(), options).registrationUrl).toBe(recorded);
    expect(toMeetingReport(meeting({ registrationUrl: 'javascript:alert(1)' }), options).registrationUrl).toBeNull();
    expect(toMeetingReport(meeting({ registrationUrl: 'mailto:info@example.org' }), options).registrationUrl).toBeNull();
    expect(toMeetingReport(meeting({ registrationUrl: '/anmeldung' }), options).registrationUrl).toBeNull();
    const past = meeting({ startsAt: '2026-05-20T08:00:00.000Z', endsAt: '2026-05-20T14:00:00.000Z' });
    expect(toMeetingReport(past, options).registrationUrl).toBeNull();
    expect(toMeetingReport(meeting({ startsAt: null, endsAt: null }), options).registrationUrl).toBe(recorded);
  });

  it('links the venue partner or else the venue place, and drops hidden samples', () => {
    const venuePlace = { documentId: 'place-molkerei', slug: 'alte-molkerei-kalbe', name: 'Alte Molkerei Kalbe', isSample: true };
    const venuePartner = { documentId: 'partner-daily', slug: 'daily-am-dom', name: 'DAILY AM DOM', isSample: false };
    expect(toMeetingReport(meeting({ venuePartner, venuePlace }), options).venue).toEqual({ name: 'DAILY AM DOM', href: '/partner/daily-am-dom' });
    expect(toMeetingReport(meeting({ venuePlace }), options).venue).toEqual({ name: 'Alte Molkerei Kalbe', href: '/orte/alte-molkerei-kalbe' });
    expect(toMeetingReport(meeting({ venuePlace }), { ...options, showSamples: false }).venue).toBeNull();
    expect(toMeetingReport(meeting(), options).address).toBe('39624 Kalbe (Milde)');
  });

  it('does not repeat the site name of an editor’s meta title', () => {
    const seo = { metaTitle: 'Frühjahrstreffen – Kreativorte im Grünen', metaDescription: null };
    expect(toMeetingReport(meeting({ seo, summary: 'Kurz gesagt.' }), options).seo).toEqual({ title: 'Frühjahrstreffen', description: 'Kurz gesagt.' });
  });
});
