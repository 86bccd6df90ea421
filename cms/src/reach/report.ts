import type { Core } from '@strapi/strapi';
import { PLACE, sitePathOf } from '../content-types';
import { addDays, berlinDay } from '../time';
import type { ReachKind } from './kinds';
import type { KeyCount, PlaceCount, PlaceTrend, ReachPeriod, ReachReport } from './report-types';
import { reachTable } from './store';
import { weeklyViews } from './weeks';

/** Rows each list of the report shows. */
const TOP = 20;

const period = (days: number, now: Date) => {
  const to = berlinDay(now);
  return { from: addDays(to, -(days - 1)), to };
};

/** A place's profile path, German or English, as the site counts it: `/orte/<slug>` or `/en/orte/<slug>`. */
const placePath = new RegExp(`^(?:/en)?${sitePathOf(PLACE)}/([^/]+)$`);

type Place = { documentId: string; slug: string; name: string };

/** Places by slug, the German version (the one the slug and the admin's list name). */
const placesBySlug = async (strapi: Core.Strapi, slugs: string[]) => {
  if (slugs.length === 0) return new Map<string, Place>();
  const rows: Place[] = await strapi.db.query(PLACE).findMany({ where: { slug: { $in: slugs }, locale: 'de' }, select: ['documentId', 'slug', 'name'] });
  return new Map(rows.map((row) => [row.slug, row]));
};

export const reachReport = async (strapi: Core.Strapi, days: ReachPeriod, now = new Date()): Promise<ReachReport> => {
  const knex = strapi.db.connection;
  const { from, to } = period(days, now);
  const inPeriod = () => knex(reachTable(strapi)).whereBetween('day', [from, to]);

  const totalsRows: { kind: ReachKind; views: number | string }[] = await inPeriod().select('kind', knex.raw('SUM(??) AS ??', ['views', 'views'])).groupBy('kind');
  const totals = { page: 0, widget: 0, feed: 0, api: 0 };
  for (const row of totalsRows) totals[row.kind] = Number(row.views);

  const top = async (kind: ReachKind): Promise<KeyCount[]> => {
    const rows: { key: string; views: number | string }[] = await inPeriod()
      .where('kind', kind)
      .select('key', knex.raw('SUM(??) AS ??', ['views', 'views']))
      .groupBy('key')
      .orderBy([{ column: 'views', order: 'desc' }, { column: 'key' }])
      .limit(TOP);
    return rows.map((row) => ({ key: row.key, views: Number(row.views) }));
  };

  // Every profile path of the period, summed per slug over German and English.
  const profileRows: { key: string; views: number | string }[] = await inPeriod()
    .where('kind', 'page')
    .where((query) => query.where('key', 'like', `${sitePathOf(PLACE)}/%`).orWhere('key', 'like', `/en${sitePathOf(PLACE)}/%`))
    .select('key', knex.raw('SUM(??) AS ??', ['views', 'views']))
    .groupBy('key');
  const perSlug = new Map<string, number>();
  for (const row of profileRows) {
    const slug = placePath.exec(row.key)?.[1];
    if (slug) perSlug.set(slug, (perSlug.get(slug) ?? 0) + Number(row.views));
  }
  const known = await placesBySlug(strapi, [...perSlug.keys()]);
  const places: PlaceCount[] = [...perSlug]
    .flatMap(([slug, views]) => {
      const place = known.get(slug);
      return place ? [{ ...place, views }] : [];
    })
    .sort((a, b) => b.views - a.views || a.name.localeCompare(b.name, 'de'))
    .slice(0, TOP);

  const [pages, widgets, feeds, partners] = await Promise.all([top('page'), top('widget'), top('feed'), top('api')]);
  return { from, to, days, totals, pages, places, widgets, feeds, partners };
};

/** The views of one place's profile per day; null for an unknown place. A slug changed within the period counts from the change on. */
export const placeTrend = async (strapi: Core.Strapi, documentId: string, days: ReachPeriod, now = new Date()): Promise<PlaceTrend | null> => {
  const place: Place | null = await strapi.db.query(PLACE).findOne({ where: { documentId, locale: 'de' }, select: ['documentId', 'slug', 'name'] });
  if (!place) return null;
  const knex = strapi.db.connection;
  const { from, to } = period(days, now);
  const path = `${sitePathOf(PLACE)}/${place.slug}`;
  const rows: { day: string; views: number | string }[] = await knex(reachTable(strapi))
    .whereBetween('day', [from, to])
    .where('kind', 'page')
    .whereIn('key', [path, `/en${path}`])
    .select(knex.raw('CAST(?? AS TEXT) AS ??', ['day', 'day']), knex.raw('SUM(??) AS ??', ['views', 'views']))
    .groupBy('day');
  const byDay = new Map(rows.map((row) => [row.day.slice(0, 10), Number(row.views)]));
  const perDay = Array.from({ length: days }, (_, index) => {
    const day = addDays(from, index);
    return { day, views: byDay.get(day) ?? 0 };
  });
  return { ...place, from, to, total: perDay.reduce((sum, { views }) => sum + views, 0), perDay };
};

/** What a place's own people see on their edit page: its profile's views of the last 30 days, in all and by week. */
export const profileViews = async (strapi: Core.Strapi, documentId: string, now = new Date()) => {
  const trend = await placeTrend(strapi, documentId, 30, now);
  return trend && { days: trend.perDay.length, total: trend.total, weeks: weeklyViews(trend.perDay) };
};
