import type { Core } from '@strapi/strapi';
import { PLACE } from '../content-types';
import { connectedIn, fieldError as error, willBeSet, type Data, type FieldError } from './params';

/**
 * A type owned by a place (events, notices) needs one on create and whenever the relation is
 * written, and it must exist: the relation input names it by documentId or row id.
 */
export const placeProblems = async (strapi: Core.Strapi, data: Data, creating: boolean, missing: string): Promise<FieldError[]> => {
  const set = willBeSet(data.place);
  if (set === false || (creating && set === undefined)) return [error(['place'], missing)];
  for (const { documentId, id } of connectedIn(data.place)) {
    const found = await strapi.db.query(PLACE).findOne({ where: documentId ? { documentId } : { id }, select: ['id'] });
    if (!found) return [error(['place'], 'Diesen Kreativort gibt es nicht (mehr). Bitte einen vorhandenen wählen.')];
  }
  return [];
};
