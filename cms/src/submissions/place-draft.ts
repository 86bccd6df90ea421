import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, EVENT, PLACE, REDIRECT } from '../content-types';
import { paragraphBlocks } from '../rich-text';

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
 * The first free slug of a place or an event: `name`, then `name-2`, `name-3`, … Taken means used
 * by any entry of the type in any language or state (the editorial rules refuse such a slug), the
 * old address of one that moved, which the site still redirects, or a slug the type reserves.
 */
export const uniqueSlug = async (strapi: Core.Strapi, uid: typeof PLACE | typeof EVENT, name: string, reserved: ReadonlySet<string> = new Set()) => {
  const base = slugify(name);
  const path = `${CONTENT_TYPES[uid].sitePath}/`;
  const entries: { slug: string }[] = await strapi.db.query(uid).findMany({ where: { slug: { $startsWith: base } }, select: ['slug'] });
  const redirects: { from: string }[] = await strapi.db.query(REDIRECT).findMany({ where: { from: { $startsWith: `${path}${base}` } }, select: ['from'] });
  const taken = new Set([...reserved, ...entries.map((entry) => entry.slug), ...redirects.map((redirect) => redirect.from.slice(path.length))]);
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
