import type { Core } from '@strapi/strapi';
import { hasDraftAndPublish } from '../content-types';
import { SOURCE_LOCALE, TARGET_LOCALE } from './locales';
import { OVERVIEW_TYPES } from './types';


type OverviewType = (typeof OVERVIEW_TYPES)[number];

export type OverviewEntry = {
  documentId: string;
  title: string | null;
  slug: string | null;
  updatedAt: string;
  /** Whether the site shows this language version; types without drafts are live once saved. */
  published: boolean;
};

export type TypeOverview = {
  uid: string;
  kind: 'collectionType' | 'singleType';
  label: string;
  /** German versions that have no English version at all. */
  missing: { count: number; entries: OverviewEntry[] };
  /** English versions nobody has marked `complete` yet. */
  needsReview: { count: number; entries: (OverviewEntry & { translationStatus: string | null })[] };
};

export type TranslationOverview = { sourceLocale: string; targetLocale: string; types: TypeOverview[] };

/** A row as the queries below select it: the title field is the type's own. */
type Row = { documentId: string; updatedAt: string | Date; locale?: string; slug?: string | null; translationStatus?: string | null; [field: string]: unknown };
type Where = Record<string, unknown>;

const byTitle = (a: OverviewEntry, b: OverviewEntry) => (a.title ?? '').localeCompare(b.title ?? '', 'de');

/**
 * The content manager's read rule for this admin on one type, or null if the admin may not
 * read the type at all: a database filter with the role's conditions, including the locales a
 * role is limited to, so the overview lists exactly what the admin could open; and whether the
 * role shows the title and slug fields.
 */
const readAccess = async (strapi: Core.Strapi, userAbility: unknown, type: OverviewType) => {
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: type.uid });
  if (checker.cannot.read()) return null;
  const { filters } = await checker.sanitizedQuery.read({});
  // A role may hide single fields; a hidden title or slug stays out of the answer, too.
  const mayRead = (field: string) => !checker.cannot.read(null, field);
  const permitted: Where = filters ?? {};
  return { filters: permitted, title: mayRead(type.titleField), slug: mayRead('slug') };
};

type Access = NonNullable<Awaited<ReturnType<typeof readAccess>>>;

const overviewOf = async (strapi: Core.Strapi, type: OverviewType, access: Access): Promise<TypeOverview> => {
  const model = strapi.contentType(type.uid);
  const draftAndPublish = hasDraftAndPublish(type.uid);
  const { filters: permitted, title: hasTitle } = access;
  const hasSlug = access.slug && 'slug' in model.attributes;
  const query = strapi.db.query(type.uid);
  // With drafts, the draft row is the version editors edit; without, there is one row per locale.
  const current: Where = draftAndPublish ? { publishedAt: { $null: true } } : {};
  const fields = ['documentId', 'updatedAt', ...(hasTitle ? [type.titleField] : []), ...(hasSlug ? ['slug'] : [])];

  const [sources, targets, unreviewed, published]: Row[][] = await Promise.all([
    query.findMany({ where: { $and: [{ locale: SOURCE_LOCALE }, current, permitted] }, select: fields }),
    // Whether an English version exists at all, including one this admin may not read.
    query.findMany({ where: { locale: TARGET_LOCALE, ...current }, select: ['documentId'] }),
    query.findMany({
      where: {
        $and: [
          { locale: TARGET_LOCALE },
          current,
          { $or: [{ translationStatus: 'needs_review' }, { translationStatus: { $null: true } }] },
          permitted,
        ],
      },
      select: [...fields, 'translationStatus'],
    }),
    draftAndPublish
      ? query.findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', 'locale'] })
      : Promise.resolve([]),
  ]);

  const titleOf = (row: Row) => {
    const title = row[type.titleField];
    return typeof title === 'string' ? title : null;
  };
  const live = new Set(published.map((row) => `${row.documentId}:${row.locale}`));
  const entry = (row: Row, locale: string): OverviewEntry => ({
    documentId: row.documentId,
    title: hasTitle ? titleOf(row) : null,
    slug: hasSlug ? (row.slug ?? null) : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
    published: !draftAndPublish || live.has(`${row.documentId}:${locale}`),
  });

  const translated = new Set(targets.map((row) => row.documentId));
  const missing = sources.filter((row) => !translated.has(row.documentId)).map((row) => entry(row, SOURCE_LOCALE));
  const needsReview = unreviewed.map((row) => ({
    ...entry(row, TARGET_LOCALE),
    translationStatus: row.translationStatus ?? null,
  }));

  return {
    uid: type.uid,
    kind: model.kind,
    label: model.info.displayName,
    missing: { count: missing.length, entries: missing.sort(byTitle) },
    needsReview: { count: needsReview.length, entries: needsReview.sort(byTitle) },
  };
};

/**
 * The "Übersetzungsstand" view: per type, the German entries without English and the English
 * versions still awaiting review, limited to the types and entries the admin may read.
 */
export const translationOverview = async (strapi: Core.Strapi, userAbility: unknown): Promise<TranslationOverview> => {
  const types: TypeOverview[] = [];
  for (const type of OVERVIEW_TYPES) {
    const access = await readAccess(strapi, userAbility, type);
    if (access) types.push(await overviewOf(strapi, type, access));
  }
  return { sourceLocale: SOURCE_LOCALE, targetLocale: TARGET_LOCALE, types };
};
