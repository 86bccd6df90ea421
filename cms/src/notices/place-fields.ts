import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';
import { NOTICE } from '../content-types';
import { currentNotices } from '../documents/notice-expiry';
import { capNestedList } from '../graphql/cost/list-reach';
import type { NoticeDirection } from './kinds';

/** The components' caps, which partners' queries were costed by: at most this many, the newest. */
const CAPS: Record<NoticeDirection, number> = { seeking: 5, offer: 8 };
const DEPRECATION = 'Use notices(filters: {place: …})';
const DEFAULT_PAGE = 25;

type Parent = { documentId?: unknown; locale?: unknown };
type Pagination = { start?: number | null; limit?: number | null; page?: number | null; pageSize?: number | null };
type Notice = { documentId: string; direction: NoticeDirection; kind: string; text: string; expiresOn: string | null; place: { documentId: string } | null };

/** The entries a pagination argument asks for, as Strapi reads it: `page`/`pageSize` or `start`/`limit`. */
const page = <T>(entries: T[], { start, limit, page: number, pageSize }: Pagination = {}) => {
  const size = pageSize ?? limit ?? DEFAULT_PAGE;
  const first = number ? (number - 1) * size : (start ?? 0);
  return entries.slice(first, first + size);
};

/**
 * One query per request and locale for every place whose `seeking` or `offers` is asked for: the
 * places' published, current notices, newest first (as cms/src/strapi-patches/relation-loader.ts
 * batches relations).
 */
const noticesLoader = (strapi: Core.Strapi, locale: string) =>
  new DataLoader<string, Notice[]>(
    async (placeIds) => {
      const found: Notice[] = await strapi.db.query(NOTICE).findMany({
        where: { locale, publishedAt: { $notNull: true }, place: { documentId: { $in: [...placeIds] } }, ...currentNotices(new Date()) },
        select: ['documentId', 'direction', 'kind', 'text', 'expiresOn'],
        populate: { place: { select: ['documentId'] } },
        orderBy: [{ addedOn: 'desc' }, { createdAt: 'desc' }],
      });
      return placeIds.map((id) => found.filter((notice) => notice.place?.documentId === id));
    },
    { cache: false, maxBatchSize: 1000 },
  );

/**
 * `Place.seeking` and `Place.offers` as they were before what places seek and offer became notices
 * of their own: the same names, types and shapes (the component's `id` is now the notice's
 * documentId), deprecated, and answered from the place's published, current notices in its locale.
 */
export const placeNoticeFields = ({ strapi }: { strapi: Core.Strapi }) => {
  capNestedList('Place', 'seeking', CAPS.seeking);
  capNestedList('Place', 'offers', CAPS.offer);
  const loaders = new WeakMap<object, Map<string, DataLoader<string, Notice[]>>>();
  const noticesOf = async ({ documentId, locale }: Parent, context: object, direction: NoticeDirection) => {
    if (typeof documentId !== 'string' || typeof locale !== 'string') return [];
    let ofRequest = loaders.get(context);
    if (!ofRequest) loaders.set(context, (ofRequest = new Map()));
    let loader = ofRequest.get(locale);
    if (!loader) ofRequest.set(locale, (loader = noticesLoader(strapi, locale)));
    return (await loader.load(documentId)).filter((notice) => notice.direction === direction).slice(0, CAPS[direction]);
  };
  return {
    typeDefs: /* GraphQL */ `
      "Whom or what a place is looking for: one of its notices with direction seeking."
      type ComponentPlaceSeeking {
        "The notice's documentId."
        id: ID!
        "Whom the place is looking for."
        what: ENUM_COMPONENTPLACESEEKING_WHAT!
        "Who or what is sought, in a few words (at most 500 characters)."
        text: String
        "The last day the search is shown; empty when it does not expire."
        expiresOn: Date
      }

      "The values of \`ComponentPlaceSeeking.what\`: the kinds of a notice with direction seeking."
      enum ENUM_COMPONENTPLACESEEKING_WHAT {
        "People to build the place with."
        fellow_campaigners
        "People to live there."
        residents
        "Investors."
        investors
        "Tenants for rooms, studios or workshops."
        tenants
        "Supporters and helpers."
        supporters
        "Something else (see \`text\`)."
        other
      }

      "Something a place offers guests and newcomers: one of its notices with direction offer."
      type ComponentPlaceOffer {
        "The notice's documentId."
        id: ID!
        "What kind of offer it is."
        kind: ENUM_COMPONENTPLACEOFFER_KIND!
        "What is offered, in a few words (at most 500 characters)."
        text: String
      }

      "The values of \`ComponentPlaceOffer.kind\`: the kinds of a notice with direction offer."
      enum ENUM_COMPONENTPLACEOFFER_KIND {
        "Coworking desks."
        coworking
        "Trial living: stay a while before moving."
        trial_living
        "Studios or workshops to rent."
        studios
        "Space for events."
        event_space
        "Rooms or flats to rent."
        rooms
        "Workshops and courses."
        workshops
        "Something else (see \`text\`)."
        other
      }

      extend type Place {
        "Whom or what the place is looking for: its current notices with direction seeking, newest first, at most ${CAPS.seeking}."
        seeking(
          "Which page: \`limit\` and \`start\`, or \`page\` and \`pageSize\`."
          pagination: PaginationArg = {}
        ): [ComponentPlaceSeeking] @deprecated(reason: "${DEPRECATION}")
        "What the place offers guests and newcomers: its current notices with direction offer, newest first, at most ${CAPS.offer}."
        offers(
          "Which page: \`limit\` and \`start\`, or \`page\` and \`pageSize\`."
          pagination: PaginationArg = {}
        ): [ComponentPlaceOffer] @deprecated(reason: "${DEPRECATION}")
      }
    `,
    resolvers: {
      Place: {
        async seeking(parent: Parent, args: { pagination?: Pagination }, context: object) {
          const notices = await noticesOf(parent, context, 'seeking');
          return page(notices, args.pagination).map(({ documentId, kind, text, expiresOn }) => ({ id: documentId, what: kind, text, expiresOn }));
        },
        async offers(parent: Parent, args: { pagination?: Pagination }, context: object) {
          const notices = await noticesOf(parent, context, 'offer');
          return page(notices, args.pagination).map(({ documentId, kind, text }) => ({ id: documentId, kind, text }));
        },
      },
    },
  };
};
