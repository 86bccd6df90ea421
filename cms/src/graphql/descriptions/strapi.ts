/**
 * English for what plugin-graphql generates around the content types: each field, argument,
 * filter operator and type is described once by its name, whichever type it appears on.
 */
import type { Descriptions } from './described';

/** Fields that Strapi adds to every content type or component. */
export const SYSTEM_FIELDS: Partial<Record<string, string>> = {
  documentId: "The entry's stable id, the same in every language; pass it to the find-one query.",
  id: "The component's id within its entry.",
  createdAt: 'When the entry was created (UTC).',
  updatedAt: 'When the entry last changed (UTC).',
  publishedAt: 'When this version was published (UTC).',
  locale: "The entry's language: `de` (the original) or `en`.",
  localizations: 'The same entry in its other languages.',
};

/** A relation's `<field>_connection` twin. */
export const connectionField = (field: string) =>
  `The same entries as \`${field}\`, wrapped in \`nodes\` (Strapi's connection shape).`;

/** Arguments of Strapi's root queries and relation fields. */
export const ARGUMENTS: Partial<Record<string, string>> = {
  documentId: "The entry's documentId.",
  filters: 'Only entries that match these conditions; a relation in a filter costs extra (see the API guide).',
  pagination: 'Which page: `limit` and `start`, or `page` and `pageSize`; 25 entries by default, at most 100.',
  sort: 'Sort order, such as `["name:asc"]` or `["startsAt:desc", "title"]`: field names with `:asc` (default) or `:desc`.',
  status: 'PUBLISHED (default); DRAFT needs the website\'s preview token and answers 403 otherwise.',
  locale: 'The language to read: `de` (default) or `en`.',
  hasPublishedVersion: 'Deprecated by Strapi in favour of `publicationFilter`: only entries with (true) or without (false) a published version.',
  publicationFilter: 'Only entries of this publication cohort; published reads need none.',
};

/** The operators of every `…FiltersInput` and `…FilterInput`, by name. */
export const FILTER_OPERATORS: Partial<Record<string, string>> = {
  and: 'All of these conditions hold.',
  or: 'At least one of these conditions holds.',
  not: 'This condition does not hold.',
  eq: 'Equal to.',
  eqi: 'Equal to, ignoring case.',
  ne: 'Not equal to.',
  nei: 'Not equal to, ignoring case.',
  lt: 'Less than.',
  lte: 'Less than or equal to.',
  gt: 'Greater than.',
  gte: 'Greater than or equal to.',
  in: 'Equal to one of these.',
  notIn: 'Equal to none of these.',
  contains: 'Contains this text (case-sensitive).',
  notContains: 'Does not contain this text (case-sensitive).',
  containsi: 'Contains this text, ignoring case.',
  notContainsi: 'Does not contain this text, ignoring case.',
  startsWith: 'Starts with this text.',
  endsWith: 'Ends with this text.',
  null: 'Is empty (true) or is not (false).',
  notNull: 'Is not empty (true) or is (false).',
  between: 'Between the two given values, both included.',
};

/** One of Strapi's own types or enumerations: the type, its fields or its values. */
export type StrapiType = { type: string; fields?: Partial<Record<string, string>>; values?: Partial<Record<string, string>> };

/** Strapi's own types and enumerations, by name. */
export const STRAPI_TYPES: Partial<Record<string, StrapiType>> = {
  Pagination: {
    type: 'Where a page lies in the whole list.',
    fields: {
      page: 'The number of this page, from 1.',
      pageSize: 'Entries per page.',
      pageCount: 'How many pages there are.',
      total: 'How many entries match, on all pages.',
    },
  },
  PaginationArg: {
    type: 'A page of a list: `limit` and `start`, or `page` and `pageSize`, not both.',
    fields: {
      limit: 'At most this many entries (1 to 100).',
      start: 'Skip this many entries first (0 or more).',
      page: 'The page number, from 1.',
      pageSize: 'Entries per page (1 to 100).',
    },
  },
  PublicationStatus: {
    type: 'Which version of an entry to read.',
    values: {
      PUBLISHED: 'The published version, as the website shows it.',
      DRAFT: "The draft; only with the website's preview token.",
    },
  },
  PublicationFilter: {
    type: 'Publication cohorts of entries, for the editors\' tools; "in this language" means per documentId and locale.',
    values: {
      NEVER_PUBLISHED: 'Never published in this language.',
      HAS_PUBLISHED_VERSION: 'Has a published version in this language.',
      MODIFIED: 'The draft differs from the published version in this language.',
      UNMODIFIED: 'The draft equals the published version in this language.',
      NEVER_PUBLISHED_DOCUMENT: 'Never published in any language.',
      HAS_PUBLISHED_VERSION_DOCUMENT: 'Published in at least one language.',
      PUBLISHED_WITHOUT_DRAFT: 'A published version with no draft beside it.',
      PUBLISHED_WITH_DRAFT: 'A published version with a draft beside it.',
    },
  },
};

/** The upload plugin's file, which images (`ComponentSharedImage.media`) point at. */
export const UPLOAD_FILE: Descriptions = {
  type: 'An uploaded image file.',
  fields: {
    name: "The file's name.",
    alternativeText: "The media library's alternative text; prefer `ComponentSharedImage.alt`.",
    caption: "The media library's caption.",
    width: 'Width in pixels.',
    height: 'Height in pixels.',
    formats: 'Smaller versions (thumbnail, small, medium, large) as JSON, each with its url, width and height.',
    hash: "The file's name in storage.",
    ext: "The file's extension, such as .jpg.",
    mime: "The file's media type, such as image/jpeg.",
    size: 'Size in kilobytes.',
    url: "The file's URL, relative to the CMS unless a storage provider makes it absolute.",
    previewUrl: 'A preview URL, if the storage provider makes one.',
    provider: 'Where the file is stored, such as local.',
    provider_metadata: "The storage provider's own data about the file.",
    focalPoint: "The image's focal point, if an editor set one.",
  },
};

/** The fields of a `…EntityResponseCollection` and a `…RelationResponseCollection`. */
export const COLLECTION_FIELDS: Partial<Record<string, string>> = {
  nodes: 'The entries.',
  pageInfo: 'Where this page lies in the whole list.',
};
