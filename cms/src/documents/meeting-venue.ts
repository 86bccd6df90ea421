import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MEETING } from '../content-types';
import { isRecord } from '../is-record';
import { fieldError, paramsOf } from './params';

const VENUES = ['venuePartner', 'venuePlace'] as const;

/** Whether a to-one relation input sets the relation, clears it, or leaves it as it is (undefined). */
const willBeSet = (input: unknown): boolean | undefined => {
  if (input === undefined) return undefined;
  if (input === null) return false;
  if (Array.isArray(input)) return input.length > 0;
  if (!isRecord(input)) return true;
  if ('documentId' in input || 'id' in input) return true;
  if (Array.isArray(input.set)) return input.set.length > 0;
  if (Array.isArray(input.connect) && input.connect.length) return true;
  if (Array.isArray(input.disconnect) && input.disconnect.length) return false;
  return undefined;
};

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
