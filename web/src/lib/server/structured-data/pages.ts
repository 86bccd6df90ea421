import type { Thing, WithContext } from 'schema-dts';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { shareImage } from '$lib/share';
import type { ArticleDetail, EventDetail, MeetingReport, PartnerProfile, RegionShowcase } from '$lib/types';
import type { PersonDetail, ProfilePerson } from '../cms/mappers/person';
import type { PlaceProfile } from '../cms/mappers/place';
import { breadcrumbJsonLd } from './breadcrumb';
import { eventJsonLd } from './event';
import { meetingJsonLd } from './meeting';
import { networkJsonLd, networkOrganization, partnerJsonLd } from './organization';
import { personJsonLd } from './person';
import { placeJsonLd } from './place';
import { canonicalUrl, siteUrl } from './url';

/**
 * What each page hands to PageHead (its share image) and JsonLd. Sample entries get no
 * structured data: they are demo content and marked noindex.
 */
type Context = { url: URL; locale: Locale; contentLocale: Locale };
type Structured = WithContext<Thing>[];

/** The visible breadcrumb (components/Breadcrumb.svelte): home, the steps above, the page itself. */
const trail = ({ url, locale, contentLocale }: Context, steps: { path: string; label: string }[], current: string) =>
  breadcrumbJsonLd([
    { name: messages[locale].breadcrumb.home, url: siteUrl(url.origin, '/', locale) },
    ...steps.map((step) => ({ name: step.label, url: siteUrl(url.origin, step.path, locale) })),
    { name: current, url: canonicalUrl(url, contentLocale) },
  ]);

/** The network as an organization: the home page's entry and the fallback organizer of meetings. */
export const network = (origin: string, name: string, sameAs: string[] = []) => ({
  name,
  url: `${origin}/`,
  logo: `${origin}/share/logo.png`,
  sameAs,
});

/** A place with its people, each a Person working there. */
export const placePage = (context: Context, place: PlaceProfile, people: ProfilePerson[]) => {
  const { origin } = context.url;
  const image = shareImage(origin, `/share/orte/${place.slug}.jpg`, place.name);
  const url = canonicalUrl(context.url, context.contentLocale);
  const here = [{ slug: place.slug, name: place.name, isSample: false }];
  const structuredData: Structured = place.isSample
    ? []
    : [
        placeJsonLd(place, { url, shareImage: image.url }),
        ...people
          .filter((person) => !person.isSample)
          .map((person) => personJsonLd(person, { url: siteUrl(origin, `/menschen/${person.slug}`, person.contentLocale), places: here, placeUrl: () => url })),
        trail(context, [{ path: '/orte', label: messages[context.locale].place.places }], place.name),
      ];
  return { shareImage: image, structuredData };
};

/** A person's page: a Person linked to their places, which are not samples. */
export const personPage = (context: Context, person: PersonDetail): { structuredData: Structured } => {
  if (person.isSample) return { structuredData: [] };
  const { origin } = context.url;
  const jsonLd = personJsonLd(
    { ...person, description: person.seo.description },
    { url: canonicalUrl(context.url, context.contentLocale), places: person.places, placeUrl: (slug) => siteUrl(origin, `/orte/${slug}`, context.contentLocale) },
  );
  return { structuredData: [jsonLd, trail(context, [{ path: '/menschen', label: messages[context.locale].people.title }], person.name)] };
};

export const meetingPage = (context: Context, meeting: MeetingReport) => {
  const { origin } = context.url;
  const image = shareImage(origin, `/share/treffen/${meeting.slug}.jpg`, meeting.title);
  const none: Structured = [];
  if (meeting.isSample) return { shareImage: image, structuredData: none };
  const event = meetingJsonLd(meeting, {
    url: canonicalUrl(context.url, context.contentLocale),
    shareImage: image.url,
    partnerUrl: (slug) => siteUrl(origin, `/partner/${slug}`, context.locale),
    network: networkOrganization(network(origin, messages[context.locale].site.name)),
  });
  const crumbs = trail(context, [{ path: '/treffen', label: messages[context.locale].meetings.title }], meeting.title);
  const structuredData: Structured = event ? [event, crumbs] : [crumbs];
  return { shareImage: image, structuredData };
};

/** Events have no share picture of their own: link previews show the network's (PageHead's default). */
export const eventPage = (context: Context, event: EventDetail): { structuredData: Structured } => {
  if (event.isSample) return { structuredData: [] };
  const { origin } = context.url;
  const m = messages[context.locale];
  const jsonLd = eventJsonLd(event, {
    url: canonicalUrl(context.url, context.contentLocale),
    shareImage: shareImage(origin, '/share/netzwerk.jpg', m.site.name).url,
    placeUrl: (slug) => siteUrl(origin, `/orte/${slug}`, context.locale),
    inLanguage: context.contentLocale,
  });
  return { structuredData: [jsonLd, trail(context, [{ path: '/termine', label: m.event.calendar }], event.title)] };
};

export const partnerPage = (context: Context, partner: PartnerProfile): { structuredData: Structured } => ({
  structuredData: partner.isSample
    ? []
    : [
        partnerJsonLd(partner, { url: canonicalUrl(context.url, context.contentLocale) }),
        trail(context, [{ path: '/partner', label: messages[context.locale].partners.title }], partner.name),
      ],
});

export const articlePage = (context: Context, article: ArticleDetail): { structuredData: Structured } => ({
  structuredData: article.isSample
    ? []
    : [trail(context, [{ path: '/beitraege', label: messages[context.locale].articles.title }], article.title)],
});

/** Regions are never samples; their breadcrumb climbs to the parent region. */
export const regionPage = (context: Context, region: RegionShowcase): { structuredData: Structured } => ({
  structuredData: [trail(context, region.parent ? [{ path: `/regionen/${region.parent.slug}`, label: region.parent.name }] : [], region.name)],
});

export const homePage = (origin: string, site: { siteName: string; socialLinks: { url: string }[] }): { structuredData: Structured } => ({
  structuredData: [networkJsonLd(network(origin, site.siteName, site.socialLinks.map((link) => link.url)))],
});
