import type { Core } from '@strapi/strapi';
import { FIRST_PUBLISHED_TYPES } from '../content-types';
import { columnsOf } from '../database/indexes';

/**
 * Fills `firstPublishedAt` where it is null on a document that has been published: with the
 * earliest `publishedAt` any of its rows still holds, the best a database without the field
 * knows. Runs at every boot and finds nothing to do once done; one statement per type.
 */
export const backfillFirstPublication = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  let filled = 0;
  for (const uid of FIRST_PUBLISHED_TYPES) {
    const { tableName, columns } = columnsOf(strapi, uid, ['documentId', 'publishedAt', 'firstPublishedAt']);
    const [documentId, publishedAt, firstPublishedAt] = columns;
    const earliest = knex(`${tableName} as earliest`)
      .min(`earliest.${publishedAt}`)
      .where(`earliest.${documentId}`, knex.ref(`${tableName}.${documentId}`));
    const published = knex(tableName).distinct(documentId).whereNotNull(publishedAt);
    filled += await knex(tableName).whereNull(firstPublishedAt).whereIn(documentId, published).update({ [firstPublishedAt]: earliest });
  }
  if (filled) strapi.log.info(`[first-publication] firstPublishedAt filled in ${filled} rows from their earliest publishedAt`);
  return filled;
};
