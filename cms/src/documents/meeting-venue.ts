import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const UID = 'api::meeting.meeting';
const VENUES = ['venuePartner', 'venuePlace'] as const;

type RelationInput = { connect?: unknown[]; disconnect?: unknown[]; set?: unknown[] } | string | number | null | undefined;

/** Whether a to-one relation input sets the relation, clears it, or leaves it as it is (undefined). */
const willBeSet = (input: RelationInput): boolean | undefined => {
  if (input === undefined) return undefined;
  if (input === null) return false;
  if (typeof input !== 'object') return true;
  if (Array.isArray(input)) return input.length > 0;
  if ('documentId' in input || 'id' in input) return true;
  if (input.set) return input.set.length > 0;
  if (input.connect?.length) return true;
  if (input.disconnect?.length) return false;
  return undefined;
};

/** A meeting takes place at a partner's venue or at a Kreativort, never at both. */
export const registerMeetingVenueRule = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, RelationInput>; documentId?: string; locale?: string };
    const requested = VENUES.map((field) => willBeSet(params.data?.[field]));
    if (requested.includes(undefined) && params.documentId) {
      const current = await strapi.documents(UID).findOne({
        documentId: params.documentId,
        locale: params.locale,
        populate: [...VENUES],
      } as any);
      VENUES.forEach((field, i) => {
        requested[i] ??= Boolean((current as Record<string, unknown> | null)?.[field]);
      });
    }
    if (requested.every(Boolean)) {
      throw new errors.ValidationError('Ein Treffen hat einen Veranstaltungsort: entweder einen Partner oder einen Kreativort, nicht beides.', {
        errors: VENUES.map((field) => ({
          path: [field],
          message: 'Bitte nur einen Veranstaltungsort wählen: Partner oder Kreativort.',
          name: 'ValidationError',
        })),
      });
    }
    return next();
  });
};
