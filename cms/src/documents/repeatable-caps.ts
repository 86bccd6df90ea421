import type { Core } from '@strapi/strapi';
import { GLOBAL, MEETING, PLACE, REGION } from '../content-types';
import { fieldError, paramsOf, refuse } from './params';

/**
 * The most entries each repeatable component may hold, refused on save beyond that; the GraphQL
 * cost model counts a component list at its cap (cms/src/graphql/cost/list-reach.ts), so a
 * partner can work out a query's cost from the documentation alone. A fixed cap rather than the
 * largest stored count: that count would change a query's cost, and refuse it, whenever an editor
 * saves a longer list, and it would mean recounting the component links (rewritten at every save)
 * over the whole table. Each is well above what the seed holds (at most 6 navigation links).
 */

export const REPEATABLE_CAPS: Partial<Record<string, Record<string, number>>> = {
  [PLACE]: { travelTimes: 5, gallery: 8 },
  [MEETING]: { workshops: 8, gallery: 12 },
  [REGION]: { travelTimes: 8 },
  [GLOBAL]: { navigation: 12, footerLinks: 8, socialLinks: 8 },
};

/** Refuses a create or update whose repeatable component holds more entries than its cap. */
export const registerRepeatableCaps = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const caps = REPEATABLE_CAPS[context.uid];
    if (!caps || (context.action !== 'create' && context.action !== 'update')) return next();
    const { data } = paramsOf(context);
    refuse(
      Object.entries(caps).flatMap(([field, cap]) => {
        const value = data?.[field];
        return Array.isArray(value) && value.length > cap
          ? [fieldError([field], `Höchstens ${cap} Einträge, hier sind es ${value.length}. Bitte zusammenfassen oder Einträge entfernen.`)]
          : [];
      }),
    );
    return next();
  });
};
