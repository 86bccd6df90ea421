import { errors } from '@strapi/utils';

/** Exactly what the website's form sends (web/src/lib/server/cms/submissions.ts). */
export const WEBSITE_FIELDS = ['name', 'town', 'district', 'stage', 'themes', 'description', 'website', 'contactName', 'contactEmail', 'consent'];

/**
 * The review fields (status, note, place) belong to the editors. Strapi would silently drop
 * some of them from the website's input; refusing them instead keeps the contract visible.
 */
export const refuseOtherFields = (data: Record<string, unknown>) => {
  const others = Object.keys(data).filter((key) => !WEBSITE_FIELDS.includes(key));
  if (others.length === 0) return;
  const found = others.map((key) => ({ path: [key], message: 'Dieses Feld nimmt die Website nicht entgegen.', name: 'ValidationError' }));
  throw new errors.ValidationError(found.length === 1 ? `Unbekanntes Feld: ${others[0]}` : `Unbekannte Felder: ${others.join(', ')}`, { errors: found });
};
