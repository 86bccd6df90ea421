import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MEETING } from '../content-types';
import { fieldError, paramsOf, willBeSet } from './params';

const VENUES = ['venuePartner', 'venuePlace'] as const;

/** A meeting takes place at a partner's venue or at a Kreativort, never at both. */
export const registerMeetingVenueRule = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MEETING || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = paramsOf(context);
    const requested = VENUES.map((field) => willBeSet(params.data?.[field]));
    if (requested.includes(undefined) && params.documentId) {
      const current = await strapi.documents(MEETING).findOne({
        documentId: params.documentId,
        locale: params.locale,
        populate: [...VENUES],
      });
      VENUES.forEach((field, i) => {
        requested[i] ??= Boolean(current?.[field]);
      });
    }
    if (requested.every(Boolean)) {
      throw new errors.ValidationError('Ein Treffen hat einen Veranstaltungsort: entweder einen Partner oder einen Kreativort, nicht beides.', {
        errors: VENUES.map((field) => fieldError([field], 'Bitte nur einen Veranstaltungsort wählen: Partner oder Kreativort.')),
      });
    }
    return next();
  });
};
