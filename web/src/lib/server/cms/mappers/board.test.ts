import { describe, expect, it } from 'vitest';
import { collectingTags } from '../../cache/tags';
import { currentNotices } from '../../notice-expiry';
import { toBoardEntry, type BoardNotice } from './board';

const place = { documentId: 'p1', slug: 'alte-molkerei-kalbe', name: 'Alte Molkerei Kalbe', isSample: false, region: { documentId: 'r1', slug: 'altmark' } };
/** What the entry takes over from the notice as it is. */
const same = {
  documentId: 'n1',
  direction: 'seeking',
  kind: 'tenants',
  text: 'Für ein frei werdendes Atelier suchen wir eine Mieterin oder einen Mieter.',
  addedOn: '2026-10-01',
  expiresOn: '2027-03-31',
  isSample: false,
} as const;
const notice = (overrides: Partial<BoardNotice> = {}): BoardNotice => ({ ...same, updatedAt: '2026-10-02T08:00:00.000Z', place, ...overrides });
const regions = new Map([['altmark', 'Altmark']]);

describe('a notice on the board', () => {
  it('shows its direction, kind, text, dates and place with the region named in the page language', () => {
    expect(toBoardEntry(notice(), 'de', regions, true)).toEqual({
      ...same,
      updatedAt: '2026-10-02T08:00:00.000Z',
      place: { name: 'Alte Molkerei Kalbe', href: '/orte/alte-molkerei-kalbe', region: 'Altmark' },
      contentLocale: 'de',
    });
  });

  it('comes in English where translated, German (and saying so) where not', () => {
    const translated = notice({ localizations: [{ documentId: 'n1', locale: 'en', text: 'We are looking for a tenant.', updatedAt: '2026-11-05T09:00:00.000Z' }] });
    expect(toBoardEntry(translated, 'en', new Map([['altmark', 'Altmark (en)']]), true)).toMatchObject({
      text: 'We are looking for a tenant.',
      contentLocale: 'en',
      updatedAt: '2026-11-05T09:00:00.000Z',
      place: { region: 'Altmark (en)' },
    });
    expect(toBoardEntry(notice({ localizations: [] }), 'en', regions, true)).toMatchObject({ text: same.text, contentLocale: 'de' });
  });

  it('drops a sample place where samples are hidden', () => {
    const atSample = notice({ place: { ...place, isSample: true } });
    expect(toBoardEntry(atSample, 'de', regions, false).place).toBeNull();
    expect(toBoardEntry(atSample, 'de', regions, true).place?.name).toBe('Alte Molkerei Kalbe');
  });
});

describe("expired notices (the belt to the CMS's own filter)", () => {
  const notices = [
    { id: 'open', expiresOn: null },
    { id: 'last-day-today', expiresOn: '2027-03-31' },
    { id: 'later', expiresOn: '2027-06-30' },
    { id: 'expired', expiresOn: '2027-03-30' },
  ];

  it('are gone once their last day is over in Berlin, and the page holds until the next one ends', async () => {
    // 23:30 in Berlin on 31 March (summer time): the last day of one notice, the day after another's.
    const { result, validUntil } = await collectingTags(() => currentNotices(notices, new Date('2027-03-31T21:30:00Z')));
    expect(result.map((n) => n.id)).toEqual(['open', 'last-day-today', 'later']);
    expect(validUntil).toBe(Date.parse('2027-03-31T22:00:00Z'));
  });

  it('are gone at midnight in Berlin, not in UTC', () => {
    // 23:30 on 30 March in Berlin (summer time, UTC+2): the last day of one notice is not over yet.
    expect(currentNotices(notices, new Date('2027-03-30T21:30:00Z')).map((n) => n.id)).toEqual(['open', 'last-day-today', 'later', 'expired']);
    // 00:30 on 31 March in Berlin, while it is still 30 March in UTC: it is.
    expect(currentNotices(notices, new Date('2027-03-30T22:30:00Z')).map((n) => n.id)).toEqual(['open', 'last-day-today', 'later']);
  });
});
