import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { HomeDocument } from './generated/graphql';
import { toArticleCard, toMeetingCard } from './mappers/cards';
import { toBlocks } from './mappers/blocks';
import { toImage } from './mappers/image';
import { toPlaceCard } from './mappers/place';
import { present } from './mappers/present';
import { sampleFilter } from './samples';

const home = operation(HomeDocument);


/** The national showcase. Key figures count real entries only, from the API's totals. */
export const getHome = async (now: Date, locale: Locale) => {
  const samples = sampleFilter();
  const nowIso = now.toISOString();
  const data = await home({
    locale,
    places: { and: samples },
    upcoming: { and: [...samples, { startsAt: { gte: nowIso } }] },
    past: { and: [...samples, { startsAt: { lt: nowIso } }] },
    undated: { and: [...samples, { startsAt: { null: true } }] },
    articles: { and: samples },
    partners: { and: samples },
  });
  const { cmsPublicUrl } = config();
  const meeting = data.upcoming[0] ?? data.latest[0] ?? data.undated[0] ?? null;
  return {
    hero: {
      title: data.homepage?.heroTitle ?? 'Kreativorte im Grünen',
      text: data.homepage?.heroText ?? null,
      image: toImage(data.homepage?.heroImage, cmsPublicUrl),
    },
    intro: toBlocks(data.homepage?.intro),
    figures: {
      places: data.real?.pageInfo.total ?? 0,
      regions: data.regions.length,
      themes: data.themes_connection?.pageInfo.total ?? 0,
      byStage: [
        { id: 'idea', count: data.idea?.pageInfo.total ?? 0 },
        { id: 'planned', count: data.planned?.pageInfo.total ?? 0 },
        { id: 'under_development', count: data.underDevelopment?.pageInfo.total ?? 0 },
        { id: 'active', count: data.active?.pageInfo.total ?? 0 },
      ],
    },
    featured: present(data.homepage?.featuredPlaces ?? []).map((p) => toPlaceCard(p, cmsPublicUrl)),
    meeting: meeting && { ...toMeetingCard(meeting, cmsPublicUrl), upcoming: data.upcoming[0] === meeting },
    articles: present(data.articles).map((a) => toArticleCard(a, cmsPublicUrl)),
    partners: present(data.partners).map((p) => ({ slug: p.slug, name: p.name, logo: toImage(p.logo, cmsPublicUrl) })),
    regions: present(data.regions).map((r) => ({ slug: r.slug, name: r.name, state: r.state, parent: r.parent?.slug ?? null })),
  };
};
