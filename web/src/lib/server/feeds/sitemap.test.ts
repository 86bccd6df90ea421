import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { robotsTxt, sitemap } from './sitemap';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'xhtml:link'].includes(name) });

it('writes a sitemap 0.9 urlset with xhtml:link alternates and W3C datetimes', () => {
  const alternates = [
    { hreflang: 'de', href: 'https://k.example/orte/hof?a=1&b=2' },
    { hreflang: 'en', href: 'https://k.example/en/orte/hof?a=1&b=2' },
    { hreflang: 'x-default', href: 'https://k.example/orte/hof?a=1&b=2' },
  ];
  const text = sitemap([
    { loc: 'https://k.example/orte/hof?a=1&b=2', lastmod: '2026-11-29T09:24:16.864Z', alternates },
    { loc: 'https://k.example/mitmachen', lastmod: null, alternates: [] },
  ]);
  expect(XMLValidator.validate(text)).toBe(true);
  const { urlset } = parser.parse(text);
  expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
  expect(urlset.url[0].loc).toBe('https://k.example/orte/hof?a=1&b=2');
  expect(urlset.url[0].lastmod).toBe('2026-11-29T09:24:16Z');
  expect(urlset.url[0]['xhtml:link'].map((l: Record<string, string>) => [l['@rel'], l['@hreflang'], l['@href']])).toEqual(
    alternates.map((a) => ['alternate', a.hreflang, a.href]),
  );
  expect(text).toContain('<loc>https://k.example/orte/hof?a=1&amp;b=2</loc>');
  expect(urlset.url[1].lastmod).toBeUndefined();
  expect(urlset.url[1]['xhtml:link']).toBeUndefined();
});

it('robots.txt allows crawling, keeps previews, searches and the API out, and names the sitemap', () => {
  const lines = robotsTxt('https://k.example').split('\n');
  expect(lines[0]).toBe('User-agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).toEqual(expect.arrayContaining(['Disallow: /api/', 'Disallow: /*?preview=', 'Disallow: /*?q=']));
  expect(lines).toContain('Sitemap: https://k.example/sitemap.xml');
});
