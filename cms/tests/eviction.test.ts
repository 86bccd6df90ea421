import { describe, expect, it } from 'vitest';
import { MAX_RELATED, evictionFor } from '../src/site/eviction';

const PLACE = 'api::place.place';

/** A place as Strapi hands it to a webhook on publish: relations and the files in components populated. */
const publishedPlace = {
  id: 12,
  documentId: 'place-1',
  slug: 'alte-molkerei-kalbe',
  publishedAt: '2026-12-05T10:00:00.000Z',
  region: { id: 3, documentId: 'region-1', slug: 'altmark', name: 'Altmark' },
  themes: [
    { id: 4, documentId: 'theme-1', slug: 'handwerk' },
    { id: 5, documentId: 'theme-2', slug: 'wohnen' },
  ],
  partners: [],
  meetings: [{ id: 9, documentId: 'meeting-1', slug: 'netzwerktreffen-kalbe-2027' }],
  cover: { id: 1, alt: 'Die Molkerei', media: { id: 7, documentId: 'file-1', url: '/uploads/molkerei.jpg', formats: { small: { url: '/uploads/small_molkerei.jpg' } } } },
  gallery: [],
  address: { id: 2, street: 'Am Bahnhof 1' },
};

describe('the eviction a change sends to the website', () => {
  it('expires a published place and makes its listings and relation lists stale', () => {
    expect(evictionFor('entry.publish', PLACE, publishedPlace)).toEqual({
      expire: ['place-1'],
      stale: [
        'list:places',
        'list:places:themes=handwerk',
        'list:places:themes=wohnen',
        'list:places:region=altmark',
        'list:places:meetings=netzwerktreffen-kalbe-2027',
        'related:theme-1',
        'related:theme-2',
        'related:region-1',
        'related:file-1',
        'related:meeting-1',
      ],
      purge: [],
    });
  });

  describe('a publish that replaces a live version', () => {
    const live = { ...publishedPlace, id: 11, teaser: 'Eine Molkerei.', name: 'Alte Molkerei', publishedAt: '2026-12-01T10:00:00.000Z' };
    const republished = { ...live, id: 12, publishedAt: '2026-12-05T10:00:00.000Z' };

    it('renews only the listings ordered or filtered by what changed when the rest stays', () => {
      expect(evictionFor('entry.publish', PLACE, { ...republished, teaser: 'Eine Molkerei mit Werkstätten.' }, live)).toEqual({
        expire: ['place-1'],
        stale: ['list:places:by=teaser', 'list:places:by=publishedAt'],
        purge: [],
      });
    });

    it("renews the directory from a hub when the place's time from it changes (web: list:places:by=minutesFromBerlin)", () => {
      const timed = { ...live, minutesFromBerlin: 150, hubTimesBasis: 'door_to_door' };
      expect(evictionFor('entry.publish', PLACE, { ...timed, id: 12, publishedAt: republished.publishedAt, minutesFromBerlin: 85 }, timed)?.stale).toEqual([
        'list:places:by=minutesFromBerlin',
        'list:places:by=publishedAt',
      ]);
    });

    it('compares related entries and files by documentId, not by row or populated fields', () => {
      const repopulated = { ...republished, region: { ...live.region, id: 30, name: 'Die Altmark' }, cover: { ...live.cover, id: 8, media: { ...live.cover.media, id: 70 } } };
      expect(evictionFor('entry.publish', PLACE, repopulated, live)?.stale).toEqual(['list:places:by=publishedAt']);
      const recovered = { ...republished, cover: { ...live.cover, media: { id: 71, documentId: 'file-2', url: '/uploads/neu.jpg' } } };
      expect(evictionFor('entry.publish', PLACE, recovered, live)?.stale).toEqual(['list:places:by=cover', 'list:places:by=publishedAt', 'related:file-1', 'related:file-2']);
    });

    it('renews the listings of the related entries the place left and joined', () => {
      const moved = { ...republished, region: { id: 4, documentId: 'region-2', slug: 'elbe-elster', name: 'Elbe-Elster' } };
      expect(evictionFor('entry.publish', PLACE, moved, live)?.stale).toEqual([
        'list:places:by=region',
        'list:places:by=publishedAt',
        'list:places:region=altmark',
        'list:places:region=elbe-elster',
        'related:region-1',
        'related:region-2',
      ]);
    });

    it('compares dates as instants, as PostgreSQL hands them out', () => {
      const at = (iso: string) => ({ ...republished, publishedAt: new Date(iso) });
      expect(evictionFor('entry.publish', PLACE, at('2026-12-01T10:00:00.000Z'), { ...live, publishedAt: new Date('2026-12-01T10:00:00.000Z') })?.stale).toEqual([]);
      expect(evictionFor('entry.publish', PLACE, at('2026-12-05T10:00:00.000Z'), { ...live, publishedAt: new Date('2026-12-01T10:00:00.000Z') })?.stale).toEqual(['list:places:by=publishedAt']);
    });
  });

  it('says nothing of a draft saved, which the public site does not show', () => {
    const draft = { ...publishedPlace, publishedAt: null };
    expect(evictionFor('entry.update', PLACE, draft)).toBeNull();
    expect(evictionFor('entry.create', PLACE, draft)).toBeNull();
  });

  it('expires an entry of a type without drafts on every save', () => {
    const theme = { id: 4, documentId: 'theme-1', slug: 'handwerk', publishedAt: '2026-12-05T10:00:00.000Z' };
    expect(evictionFor('entry.update', 'api::theme.theme', theme)).toEqual({ expire: ['theme-1'], stale: ['list:themes'], purge: [] });
  });

  it('purges an unpublished or deleted entry, which Strapi does not populate', () => {
    const bare = { id: 12, documentId: 'place-1', slug: 'alte-molkerei-kalbe', publishedAt: '2026-12-05T10:00:00.000Z' };
    for (const event of ['entry.unpublish', 'entry.delete']) {
      expect(evictionFor(event, PLACE, bare)).toEqual({ expire: [], stale: ['list:places'], purge: ['place-1'] });
    }
  });

  it('makes everything stale when a single type or a file changes', () => {
    const global = { id: 1, documentId: 'global-1', siteName: 'Kreativorte im Grünen', publishedAt: '2026-12-05T10:00:00.000Z' };
    for (const event of ['entry.update', 'entry.publish', 'entry.delete']) {
      expect(evictionFor(event, 'api::global.global', global)).toEqual({ expire: [], stale: ['*'], purge: [] });
    }
    expect(evictionFor('media.update', undefined, undefined)).toEqual({ expire: [], stale: ['*'], purge: [] });
    expect(evictionFor('media.delete', undefined, undefined)).toEqual({ expire: [], stale: ['*'], purge: [] });
  });

  it(`makes everything stale instead of naming more than ${MAX_RELATED} related entries`, () => {
    const related = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index, documentId: `place-${index + 100}`, slug: `ort-${index}` }));
    const theme = (count: number) => ({ id: 4, documentId: 'theme-1', slug: 'handwerk', publishedAt: '2026-12-05T10:00:00.000Z', places: related(count) });
    const partner = (count: number) => ({ id: 4, documentId: 'partner-1', slug: 'landwerk', publishedAt: '2026-12-05T10:00:00.000Z', places: related(count) });
    expect(evictionFor('entry.publish', 'api::partner.partner', partner(MAX_RELATED))?.stale).toHaveLength(1 + 2 * MAX_RELATED);
    expect(evictionFor('entry.publish', 'api::partner.partner', partner(MAX_RELATED + 1))).toEqual({ expire: ['partner-1'], stale: ['*'], purge: [] });
    // A theme lists no places itself: its schema has no such field, whatever the entry carries.
    expect(evictionFor('entry.update', 'api::theme.theme', theme(MAX_RELATED + 1))?.stale).toEqual(['list:themes']);
  });

  it('says nothing of proposals, which no page shows, nor of types outside the content model', () => {
    const proposal = { id: 1, documentId: 'submission-1', publishedAt: '2026-12-05T10:00:00.000Z' };
    expect(evictionFor('entry.create', 'api::submission.submission', proposal)).toBeNull();
    expect(evictionFor('entry.update', 'plugin::users-permissions.user', proposal)).toBeNull();
  });
});
