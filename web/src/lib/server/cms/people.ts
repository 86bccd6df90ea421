import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import { PeopleDocument, PersonDetailDocument } from './generated/graphql';
import { toPersonCard, toPersonDetail } from './mappers/person';
import { sampleFilter, visible } from './samples';

const list = operation(PeopleDocument);
const detail = operation(PersonDetailDocument);

/** The page size of People. */
export const PEOPLE_PAGE_SIZE = 20;

/** The people behind the places by name, a page at a time, each in the visitor's language where translated. */
export const getPeople = async (page: number, locale: Locale) => {
  const samples = sampleFilter();
  const result = await list({ filters: { and: samples }, places: { and: samples }, page, translated: locale !== 'de' });
  const { cmsPublicUrl } = config();
  const { nodes, pageInfo } = result.people_connection ?? { nodes: [], pageInfo: { total: 0, page: 1, pageCount: 0 } };
  return {
    people: nodes.map((person) => toPersonCard(person, locale, cmsPublicUrl)),
    total: pageInfo.total,
    page: pageInfo.page,
    pageCount: pageInfo.pageCount,
  };
};

/** A person in the visitor's language or else in German (`contentLocale`), in one request. */
export const getPerson = async (slug: string, locale: Locale, preview = false) => {
  const data = await detail({ slug, ...withGerman(locale), places: { and: sampleFilter() } }, { preview });
  const found = inLocaleOrGerman(locale, visible(data.people[0]), visible(data.german?.[0]));
  return found && { content: toPersonDetail(found.content, config().cmsPublicUrl, locale), contentLocale: found.contentLocale };
};
