import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, PLACE, REDIRECT } from '../content-types';
import { paragraphBlocks } from '../rich-text';

/** Where places' pages live, and so their redirected old addresses. */
const PLACE_PATH = `${CONTENT_TYPES[PLACE].sitePath}/`;
const TEASER_MAX = 200;
const SLUG_MAX = 80;
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Like the seed's slugs: German umlauts spelled out (Sägewerk → saegewerk), other accents dropped. */
const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => GERMAN[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '') || 'ort';

/**
 * The first free slug: `name`, then `name-2`, `name-3`, … Taken means used by any place in any
 * language or state (the editorial rules refuse such a slug), or the old address of a place
 * that moved, which the site still redirects.
 */
export const uniquePlaceSlug = async (strapi: Core.Strapi, name: string) => {
  const base = slugify(name);
  const places: { slug: string }[] = await strapi.db.query(PLACE).findMany({ where: { slug: { $startsWith: base } }, select: ['slug'] });
  const redirects: { from: string }[] = await strapi.db
    .query(REDIRECT)
    .findMany({ where: { from: { $startsWith: `${PLACE_PATH}${base}` } }, select: ['from'] });
  const taken = new Set([...places.map((place) => place.slug), ...redirects.map((redirect) => redirect.from.slice(PLACE_PATH.length))]);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
};

/** The description's start, cut after a whole word, so that cards never end mid-word. */
export const teaserFrom = (description: string) => {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= TEASER_MAX) return text;
  const room = text.slice(0, TEASER_MAX - 1);
  const cut = room.lastIndexOf(' ');
  return `${(cut > TEASER_MAX / 2 ? room.slice(0, cut) : room).replace(/[\s,;:.–-]+$/, '')}…`;
};

/** Paragraphs of the description (blank lines between them) as rich-text blocks. */
export const paragraphsFrom = (description: string) =>
  paragraphBlocks(
    description
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
