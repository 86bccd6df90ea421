import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, previewToken, startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const SINGLE_TYPES = [
  'api::homepage.homepage',
  'api::about.about',
  'api::global.global',
  'api::imprint.imprint',
  'api::privacy-policy.privacy-policy',
  'api::accessibility-statement.accessibility-statement',
];

type Blocks = { type: string; children: { text: string }[] }[];
type Link = { label: string; href: string };
type Global = { locale: string; siteName: string; tagline: string; footerText: string; navigation: Link[]; footerNavigation: Link[]; footerLinks: Link[] };
type Featured = { slug: string; locale: string; isSample: boolean };
type Homepage = {
  locale: string;
  heroTitle: string;
  heroText: string;
  intro: Blocks;
  heroImage: { alt: string; media: { url: string } };
  featuredPlaces: Featured[];
  seo: { metaTitle: string };
};
type Page = { locale: string; title: string; body: Blocks; cover: { alt: string } };
type Legal = Record<'imprint' | 'privacyPolicy' | 'accessibilityStatement', Page>;
type RootFields = { __schema: { queryType: { fields: { name: string }[] } } };
const plainText = (blocks: Blocks) => blocks.map((b) => b.children.map((c) => c.text).join('')).join('\n');

const GLOBAL = /* GraphQL */ `
  query Global($locale: I18NLocaleCode) {
    global(locale: $locale) {
      locale siteName tagline footerText
      navigation(pagination: { limit: 20 }) { label href }
      footerNavigation(pagination: { limit: 20 }) { label href }
      footerLinks(pagination: { limit: 10 }) { label href }
      socialLinks(pagination: { limit: 10 }) { platform url }
      contact { name email phone }
    }
  }
`;

const HOMEPAGE = /* GraphQL */ `
  query Homepage($locale: I18NLocaleCode) {
    homepage(locale: $locale) {
      locale heroTitle heroText intro
      heroImage { alt credit licence media { url width height } }
      featuredPlaces(pagination: { limit: 6 }) { slug name locale isSample }
      seo { metaTitle metaDescription }
    }
  }
`;

const LEGAL = /* GraphQL */ `
  query Legal($locale: I18NLocaleCode) {
    imprint(locale: $locale) { locale title body lastUpdated }
    privacyPolicy(locale: $locale) { locale title body lastUpdated }
    accessibilityStatement(locale: $locale) { locale title body lastUpdated }
  }
`;

const NAVIGATION = ['/orte', '/karte', '/termine', '/gesucht', '/menschen'];
const MORE = ['/welcher-ort', '/neu', '/regionen/altmark', '/beitraege', '/partner', '/ueber', '/daten'];
const FOOTER = ['/impressum', '/datenschutz', '/barrierefreiheit'];
// The editor's order, as in data/seed/pages.json: the two real places first, then four samples.
const FEATURED = ['buergermeisterhof', 'kultur-nische', 'alte-molkerei-kalbe', 'speicherwerk-tangermuende', 'gueterschuppen-osterburg', 'sommerfrische-arendsee'];

describe('single types over GraphQL, anonymously', () => {
  it('global: site name, navigation and footer in German and English', async () => {
    const { global: de } = await cms.graphqlData<{ global: Global }>(GLOBAL, { locale: 'de' });
    expect(de).toMatchObject({ locale: 'de', siteName: 'Kreativorte im Grünen', socialLinks: [], contact: null });
    expect(de.tagline).toBeTruthy();
    expect(de.footerText).toContain('ART');
    expect(de.navigation.map((l: { href: string }) => l.href)).toEqual(NAVIGATION);
    expect(de.navigation.map((l: { label: string }) => l.label)).toEqual(['Orte', 'Karte', 'Termine', 'Gesucht & Angeboten', 'Menschen']);
    expect(de.footerNavigation.map((l: { href: string }) => l.href)).toEqual(MORE);
    expect(de.footerLinks.map((l: { label: string; href: string }) => [l.label, l.href])).toEqual([
      ['Impressum', '/impressum'],
      ['Datenschutz', '/datenschutz'],
      ['Barrierefreiheit', '/barrierefreiheit'],
    ]);

    const { global: en } = await cms.graphqlData<{ global: Global }>(GLOBAL, { locale: 'en' });
    expect(en).toMatchObject({ locale: 'en', siteName: 'Kreativorte im Grünen' });
    expect(en.tagline).not.toBe(de.tagline);
    expect(en.navigation.map((l: { href: string }) => l.href)).toEqual(NAVIGATION);
    expect(en.navigation[0].label).toBe('Places');
    expect(en.footerNavigation.map((l: { label: string; href: string }) => [l.label, l.href])).toContainEqual(['Open data', '/daten']);
    expect(en.footerLinks.map((l: { href: string }) => l.href)).toEqual(FOOTER);
    expect(en.footerLinks[0].label).not.toBe('Impressum');

    const { global: fallback } = await cms.graphqlData<{ global: Global }>(`{ global { locale siteName } }`);
    expect(fallback).toEqual({ locale: 'de', siteName: 'Kreativorte im Grünen' });
  });

  it('homepage: hero, intro and six featured places in each locale', async () => {
    const { homepage: de } = await cms.graphqlData<{ homepage: Homepage }>(HOMEPAGE, { locale: 'de' });
    expect(de.locale).toBe('de');
    expect(de.heroTitle).toBeTruthy();
    expect(de.heroText).toMatch(/Altmark/);
    expect(de.intro[0]).toMatchObject({ type: 'paragraph' });
    expect(plainText(de.intro)).toMatch(/Kopfarbeiter/);
    expect(de.heroImage).toMatchObject({ credit: 'Illustration: Kreativorte im Grünen', licence: 'CC BY 4.0' });
    expect(de.heroImage.alt.length).toBeGreaterThan(10);
    expect(de.heroImage.media.url).toMatch(/^\/uploads\/.+\.jpg$/);
    expect(de.seo.metaTitle).toBeTruthy();
    expect(de.featuredPlaces.map((p: { slug: string }) => p.slug)).toEqual(FEATURED);
    expect(de.featuredPlaces.map((p: { isSample: boolean }) => p.isSample)).toEqual([false, false, true, true, true, true]);

    const { homepage: en } = await cms.graphqlData<{ homepage: Homepage }>(HOMEPAGE, { locale: 'en' });
    expect(en.locale).toBe('en');
    expect(en.heroTitle).not.toBe(de.heroTitle);
    expect(en.heroImage.alt).not.toBe(de.heroImage.alt);
    expect(en.featuredPlaces.map((p: { slug: string }) => p.slug)).toEqual(FEATURED);
    expect(en.featuredPlaces.every((p: { locale: string }) => p.locale === 'en')).toBe(true);
  });

  it('homepage: featured places are published places only, and return when republished', async () => {
    const places = cms.strapi.documents('api::place.place');
    const kulturNische = await places.findFirst({ locale: 'de', filters: { slug: 'kultur-nische' } });
    await places.unpublish({ documentId: kulturNische!.documentId, locale: 'de' });
    try {
      const { homepage } = await cms.graphqlData<{ homepage: Homepage }>(HOMEPAGE, { locale: 'de' });
      expect(homepage.featuredPlaces.map((p: { slug: string }) => p.slug)).not.toContain('kultur-nische');
      expect(homepage.featuredPlaces).toHaveLength(5);
      const rest = await cms.rest<{ data: { featuredPlaces: Featured[] } }>('/api/homepage?populate[featuredPlaces][fields][0]=slug');
      expect(rest.body.data.featuredPlaces.map((p: { slug: string }) => p.slug)).toEqual(FEATURED.filter((s) => s !== 'kultur-nische'));
    } finally {
      await places.publish({ documentId: kulturNische!.documentId, locale: 'de' });
    }
    const { homepage } = await cms.graphqlData<{ homepage: Homepage }>(HOMEPAGE, { locale: 'de' });
    expect(homepage.featuredPlaces.map((p: { slug: string }) => p.slug)).toContain('kultur-nische');
  });

  it('about: the network, its coordination, partner and travel times', async () => {
    const about = `query ($locale: I18NLocaleCode) { about(locale: $locale) { locale title intro body cover { alt } seo { metaTitle } } }`;
    const { about: de } = await cms.graphqlData<{ about: Page }>(about, { locale: 'de' });
    expect(de).toMatchObject({ locale: 'de', title: 'Über das Netzwerk' });
    const text = plainText(de.body);
    for (const fact of ['Altmärkische Regionalmarketing- und Tourismusverband (ART)', 'Investitions- und Marketinggesellschaft', 'Netzwerk Zukunftsorte', '50 Minuten', 'Wohnen & Bauen']) {
      expect(text).toContain(fact);
    }
    expect(de.cover.alt).toBeTruthy();

    const { about: en } = await cms.graphqlData<{ about: Page }>(about, { locale: 'en' });
    expect(en).toMatchObject({ locale: 'en', title: 'About the network' });
    expect(plainText(en.body)).toContain('50 minutes');
  });

  it('legal pages: imprint, privacy policy and accessibility statement', async () => {
    const de = await cms.graphqlData<Legal>(LEGAL, { locale: 'de' });
    expect(de.imprint).toMatchObject({ locale: 'de', title: 'Impressum' });
    expect(de.privacyPolicy).toMatchObject({ locale: 'de', title: 'Datenschutzerklärung' });
    expect(de.accessibilityStatement).toMatchObject({ locale: 'de', title: 'Erklärung zur Barrierefreiheit', lastUpdated: '2026-11-29' });
    expect(plainText(de.imprint.body)).toMatch(/Altmärkische Regionalmarketing- und Tourismusverband \(ART\)[\s\S]*vor dem Start der Website ergänzt/);
    expect(plainText(de.privacyPolicy.body)).toMatch(/keine Cookies/);
    expect(plainText(de.privacyPolicy.body)).toMatch(/Art\. 15/);
    expect(plainText(de.accessibilityStatement.body)).toMatch(/WCAG\) 2\.1/);
    expect(plainText(de.accessibilityStatement.body)).toMatch(/§ 16 des Behindertengleichstellungsgesetzes/);

    const en = await cms.graphqlData<Legal>(LEGAL, { locale: 'en' });
    expect(en.imprint).toMatchObject({ locale: 'en', title: 'Legal notice' });
    expect(en.privacyPolicy).toMatchObject({ locale: 'en', title: 'Privacy policy' });
    expect(en.accessibilityStatement).toMatchObject({ locale: 'en', title: 'Accessibility statement', lastUpdated: '2026-11-29' });
    expect(plainText(en.privacyPolicy.body)).toMatch(/no cookies/);
  });

  it('offers single types only as their one root query', async () => {
    const fields = (await cms.graphqlData<RootFields>(`{ __schema { queryType { fields { name } } } }`)).__schema.queryType.fields.map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['homepage', 'about', 'global', 'imprint', 'privacyPolicy', 'accessibilityStatement']));
    for (const absent of ['homepages', 'globals', 'globals_connection', 'privacyPolicies', 'privacyPolicies_connection']) {
      expect(fields).not.toContain(absent);
    }
  });
});

describe('single types over REST', () => {
  it('GET /api/global works anonymously in both locales', async () => {
    const de = await cms.rest<{ data: Global }>('/api/global?populate=navigation');
    expect(de.status).toBe(200);
    expect(de.body.data).toMatchObject({ siteName: 'Kreativorte im Grünen', locale: 'de' });
    expect(de.body.data.navigation.map((l: { href: string }) => l.href)).toEqual(NAVIGATION);
    const en = await cms.rest<{ data: Global }>('/api/global?locale=en');
    expect(en.status).toBe(200);
    expect(en.body.data.locale).toBe('en');
    expect(en.body.data.tagline).not.toBe(de.body.data.tagline);
    for (const path of ['/api/homepage', '/api/about', '/api/imprint', '/api/privacy-policy', '/api/accessibility-statement']) {
      expect((await cms.rest(path)).status, path).toBe(200);
    }
  });

  it('cannot be changed or deleted anonymously', async () => {
    for (const method of ['PUT', 'DELETE']) {
      const response = await fetch(`${cms.url}/api/global`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'PUT' ? JSON.stringify({ data: { siteName: 'X' } }) : undefined,
      });
      expect(response.status, method).toBe(403);
    }
    const { global } = await cms.graphqlData<{ global: Global }>(`{ global { siteName } }`);
    expect(global.siteName).toBe('Kreativorte im Grünen');
  });
});

describe('permissions', () => {
  it('gives the Public role exactly registered read actions: find for single types', async () => {
    const role = await cms.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' }, populate: ['permissions'] });
    const actions: string[] = role.permissions.map((p: { action: string }) => p.action);
    const registered = new Set(cms.strapi.contentAPI.permissions.providers.action.keys());
    expect(actions.filter((a) => !registered.has(a))).toEqual([]);
    expect(new Set(actions).size).toBe(actions.length);
    for (const uid of SINGLE_TYPES) {
      expect(actions).toContain(`${uid}.find`);
      expect(registered.has(`${uid}.findOne`)).toBe(false);
    }
    expect(actions).toContain('api::place.place.findOne');
    expect(actions.every((a) => a.endsWith('.find') || a.endsWith('.findOne'))).toBe(true);
  });

  it('lets the preview token read the single types', async () => {
    const { global } = await cms.graphqlData<{ global: Global }>(`{ global { siteName } homepage { heroTitle } }`, undefined, bearer(previewToken()));
    expect(global.siteName).toBe('Kreativorte im Grünen');
    const rest = await cms.rest('/api/imprint', bearer(previewToken()));
    expect(rest.status).toBe(200);
  });
});

describe('validation', () => {
  it('accepts only site paths and http(s) URLs as link targets', async () => {
    const globals = cms.strapi.documents('api::global.global');
    const { documentId } = (await globals.findFirst({ locale: 'de' }))!;
    for (const href of ['javascript:alert(1)', '//evil.example/', 'orte', 'mailto:info@example.org']) {
      for (const field of ['navigation', 'footerNavigation', 'footerLinks']) {
        await expect(
          globals.update({ documentId, locale: 'de', data: { [field]: [{ label: 'X', href }] } }),
          `${field}: ${href}`,
        ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [{ path: [field, '0', 'href'] }] } });
      }
    }
    await expect(
      globals.update({ documentId, locale: 'de', data: { socialLinks: [{ platform: 'mastodon', url: '/intern' }] } }),
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [{ path: ['socialLinks', '0', 'url'] }] } });
    const { global } = await cms.graphqlData<{ global: Global }>(`{ global { navigation(pagination: { limit: 20 }) { href } } }`);
    expect(global.navigation.map((l: { href: string }) => l.href)).toEqual(NAVIGATION);

    const external = { label: 'Netzwerk Zukunftsorte', href: 'https://zukunftsorte.land' };
    await globals.update({ documentId, locale: 'en', data: { footerLinks: [{ label: 'Privacy', href: '/datenschutz' }, external] } });
    const { global: en } = await cms.graphqlData<{ global: Global }>(`{ global(locale: "en") { footerLinks(pagination: { limit: 10 }) { label href } } }`);
    expect(en.footerLinks).toEqual([{ label: 'Privacy', href: '/datenschutz' }, external]);
  });
});
