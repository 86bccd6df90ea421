import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { THEME } from '../content-types';

const MAX_THEMES = 20;

const invalid = (message: string) =>
  new errors.ValidationError(message, { errors: [{ path: ['themes'], message, name: 'ValidationError' }] });

/**
 * The website names themes by slug, the one id that is stable across databases and languages.
 * They become the proposal's theme relation here, because the website's token may not read
 * themes and so may not set relations to them through the REST input.
 */
export const themeIdsFromSlugs = async (strapi: Core.Strapi, slugs: unknown): Promise<string[]> => {
  if (slugs === undefined || slugs === null) return [];
  if (!Array.isArray(slugs) || slugs.length > MAX_THEMES || !slugs.every((slug): slug is string => typeof slug === 'string')) {
    throw invalid(`Themen werden als Liste von höchstens ${MAX_THEMES} Kürzeln angegeben, z. B. ["wohnen-bauen"].`);
  }
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return [];
  const found: { slug: string; documentId: string }[] = await strapi.db
    .query(THEME)
    .findMany({ where: { slug: { $in: wanted } }, select: ['slug', 'documentId'] });
  const unknown = wanted.filter((slug) => !found.some((theme) => theme.slug === slug));
  if (unknown.length) throw invalid(`Unbekannte Themen: ${unknown.join(', ')}.`);
  return [...new Set(found.map((theme) => theme.documentId))];
};
