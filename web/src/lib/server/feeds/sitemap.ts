import { XML_DECLARATION, element } from './xml';

/** Sitemaps protocol 0.9 with hreflang alternates (xhtml:link), and the robots.txt that names it. */

export type SitemapUrl = {
  loc: string;
  /** W3C Datetime; left out when unknown. */
  lastmod: string | null;
  /** Every language version of the page, itself included; empty for a page in one language. */
  alternates: { hreflang: string; href: string }[];
};

const lastmod = (value: string) => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One sitemap holds at most 50,000 URLs; the site has a few hundred at most, so one file serves. */
export const sitemap = (urls: SitemapUrl[]) =>
  [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.map((url) =>
      [
        '  <url>',
        `    ${element('loc', {}, url.loc)}`,
        ...(url.lastmod ? [`    ${element('lastmod', {}, lastmod(url.lastmod))}`] : []),
        ...url.alternates.map((a) => `    ${element('xhtml:link', { rel: 'alternate', hreflang: a.hreflang, href: a.href })}`),
        '  </url>',
      ].join('\n'),
    ),
    '</urlset>',
    '',
  ].join('\n');

/**
 * Everything may be crawled except the cache endpoint, preview links (which answer 401 anyway)
 * and free-text searches, whose combinations are endless and duplicate the directory.
 */
export const robotsTxt = (origin: string) =>
  ['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /einbetten/', 'Disallow: /*?preview=', 'Disallow: /*&preview=', 'Disallow: /*?q=', 'Disallow: /*&q=', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
