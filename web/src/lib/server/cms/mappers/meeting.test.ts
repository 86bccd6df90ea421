import { describe, expect, it } from 'vitest';
import type { MeetingReportQuery } from '../generated/graphql';
import { newestFirst, toMeetingReport } from './meeting';

type ReportData = NonNullable<MeetingReportQuery['meetings'][number]>;

const meeting = (overrides: Partial<ReportData> = {}): ReportData => ({
  slug: 'treffen',
  title: 'Treffen',
  startsAt: '2027-03-12T12:00:00.000Z',
  endsAt: '2027-03-12T16:00:00.000Z',
  summary: null,
  report: null,
  isSample: false,
  registrationUrl: 'https://example.org/anmeldung',
  moderator: null,
  address: { street: null, postalCode: '39624', town: 'Kalbe (Milde)' },
  cover: null,
  gallery: [],
  region: null,
  workshops: [],
  hosts: [],
  moderationPartner: null,
  venuePartner: null,
  venuePlace: null,
  participants: [],
  seo: null,
  ...overrides,
});

const options = { cmsPublicUrl: '', showSamples: true, now: new Date('2026-11-29T12:00:00.000Z') };

describe('newestFirst', () => {
  it('puts dated meetings newest first and undated ones last', () => {
    const sorted = newestFirst([
      { slug: 'ohne', startsAt: null },
      { slug: 'alt', startsAt: '2026-05-20T08:00:00.000Z' },
      { slug: 'neu', startsAt: '2027-03-12T12:00:00.000Z' },
    ]);
    expect(sorted.map((m) => m.slug)).toEqual(['neu', 'alt', 'ohne']);
  });
});

describe('toMeetingReport', () => {
  it('offers registration over http(s) only, and only until the meeting is over', () => {
    expect(toMeetingReport(meeting(), options).registrationUrl).toBe('https://example.org/anmeldung');
    expect(toMeetingReport(meeting({ registrationUrl: 'javascript:alert(1)' }), options).registrationUrl).toBeNull();
    expect(toMeetingReport(meeting({ registrationUrl: 'mailto:info@example.org' }), options).registrationUrl).toBeNull();
    expect(toMeetingReport(meeting({ registrationUrl: '/anmeldung' }), options).registrationUrl).toBeNull();
    const past = meeting({ startsAt: '2026-05-20T08:00:00.000Z', endsAt: '2026-05-20T14:00:00.000Z' });
    expect(toMeetingReport(past, options).registrationUrl).toBeNull();
    expect(toMeetingReport(meeting({ startsAt: null, endsAt: null }), options).registrationUrl).toBe('https://example.org/anmeldung');
  });

  it('links the venue partner or else the venue place, and drops hidden samples', () => {
    const venuePlace = { slug: 'alte-molkerei-kalbe', name: 'Alte Molkerei Kalbe', isSample: true };
    const venuePartner = { slug: 'daily-am-dom', name: 'DAILY AM DOM', isSample: false };
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
