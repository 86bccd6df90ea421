import type { Core } from '@strapi/strapi';
import { EVENT, MEETING, NOTICE, PARTNER, PERSON, PLACE, SUBMISSION, imageFieldsOf, isSlugged, type ApiType } from '../content-types';
import { isRecord } from '../is-record';
import { eventProblems } from './event-rules';
import { hubTimesProblems } from './hub-times-rules';
import { noticeProblems } from './notice-rules';
import { personProblems } from './person-rules';
import { fieldError as error, paramsOf, refuse, type Data, type FieldError } from './params';

const URL_FIELDS: Partial<Record<string, string[]>> = {
  [PLACE]: ['website'],
  [PARTNER]: ['website'],
  [MEETING]: ['registrationUrl'],
  [EVENT]: ['registrationUrl'],
  [SUBMISSION]: ['website'],
};
const TEASER_MAX = 200;

const checkUrl = (data: Data, field: string) => {
  const value = data[field];
  if (typeof value !== 'string' || value === '') return [];
  try {
    if (['http:', 'https:'].includes(new URL(value).protocol)) return [];
  } catch {
    // not a URL at all: same message
  }
  return [error([field], 'Bitte eine vollständige Web-Adresse angeben, die mit http:// oder https:// beginnt.')];
};

/** Rich text (Strapi's blocks): an array of nodes, each with a type and children. */
const isBlocks = (value: unknown): value is Data[] =>
  Array.isArray(value) && value.length > 0 && value.every((node) => isRecord(node) && typeof node.type === 'string' && Array.isArray(node.children));

const linkUrls = (nodes: unknown[]): unknown[] =>
  nodes.filter(isRecord).flatMap((node) => [...(node.type === 'link' ? [node.url] : []), ...(Array.isArray(node.children) ? linkUrls(node.children) : [])]);

/** The website shows links from text only to these (web/src/lib/server/cms/mappers/safe-href.ts). */
const isAllowedLink = (url: unknown) => {
  if (typeof url !== 'string') return false;
  if (/^\/(?![\/\\])/.test(url)) return true;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

/** Every rich-text field, in components too, whose links the website would drop. */
const checkRichTextLinks = (data: unknown, path: string[] = []): FieldError[] => {
  if (isBlocks(data)) {
    return linkUrls(data).every(isAllowedLink)
      ? []
      : [error(path, 'Links im Text müssen mit https://, http:// oder mailto: beginnen, oder mit / für eine Seite dieser Website.')];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => checkRichTextLinks(item, [...path, String(i)]));
  if (isRecord(data)) return Object.entries(data).flatMap(([key, value]) => checkRichTextLinks(value, [...path, key]));
  return [];
};

const checkGeo = (data: Data) => {
  if (!isRecord(data.geo)) return [];
  const { latitude, longitude } = data.geo;
  return [
    ...(typeof latitude === 'number' && (latitude < -90 || latitude > 90)
      ? [error(['geo', 'latitude'], 'Der Breitengrad liegt zwischen -90 und 90 (Salzwedel: 52.85).')]
      : []),
    ...(typeof longitude === 'number' && (longitude < -180 || longitude > 180)
      ? [error(['geo', 'longitude'], 'Der Längengrad liegt zwischen -180 und 180 (Salzwedel: 11.15).')]
      : []),
  ];
};

const checkTeaser = (data: Data) =>
  typeof data.teaser === 'string' && data.teaser.length > TEASER_MAX
    ? [error(['teaser'], `Die Kurzbeschreibung hat ${data.teaser.length} Zeichen; erlaubt sind höchstens ${TEASER_MAX}.`)]
    : [];

const checkSlug = async (strapi: Core.Strapi, uid: ApiType, data: Data, documentId?: string) => {
  if (typeof data.slug !== 'string' || !data.slug) return [];
  const taken = await strapi.db.query(uid).findOne({ where: { slug: data.slug, ...(documentId && { documentId: { $ne: documentId } }) } });
  return taken ? [error(['slug'], `Der Slug „${data.slug}“ ist schon vergeben. Bitte einen anderen wählen; er steht in der Web-Adresse.`)] : [];
};

/** Before publishing, every image of the draft needs its alt text: it is what screen readers say. */
const checkAltTexts = async (strapi: Core.Strapi, uid: ApiType, documentId: string, locale?: string) => {
  const fields = imageFieldsOf(uid);
  if (!fields.length) return [];
  const draft = await strapi.documents(uid).findOne({
    documentId,
    locale,
    status: 'draft',
    populate: Object.fromEntries(fields.map((field) => [field, { populate: ['media'] }])),
  });
  const values = new Map(Object.entries(draft ?? {}));
  return fields.flatMap((field) => {
    const value = values.get(field);
    const images = (Array.isArray(value) ? value : [value]).filter(isRecord);
    return images.flatMap((image, i) =>
      image.media && !(typeof image.alt === 'string' && image.alt.trim())
        ? [error(Array.isArray(value) ? [field, String(i), 'alt'] : [field, 'alt'], 'Jedes Bild braucht vor dem Veröffentlichen einen Alternativtext.')]
        : [],
    );
  });
};

/**
 * The editors' rules, checked before Strapi's own validation so that each problem is named on
 * its field in German instead of as a generic error.
 */
export const registerEditorialRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const params = paramsOf(context);
    const found: FieldError[] = [];
    if ((action === 'create' || action === 'update') && params.data) {
      const data = params.data;
      found.push(...checkTeaser(data), ...checkGeo(data), ...checkRichTextLinks(data));
      for (const field of URL_FIELDS[uid] ?? []) found.push(...checkUrl(data, field));
      if (isSlugged(uid)) found.push(...(await checkSlug(strapi, uid, data, params.documentId)));
      if (uid === EVENT) found.push(...(await eventProblems(strapi, data, params.documentId, action === 'create')));
      if (uid === PLACE) found.push(...(await hubTimesProblems(strapi, data, params.documentId)));
      if (uid === NOTICE) found.push(...(await noticeProblems(strapi, data, params.documentId, action === 'create')));
    }
    if (action === 'publish' && params.documentId && isSlugged(uid)) {
      found.push(...(await checkAltTexts(strapi, uid, params.documentId, params.locale)));
    }
    if (uid === PERSON) found.push(...(await personProblems(strapi, action, params.data, params.documentId, params.status)));
    refuse(found);
    return next();
  });
};
