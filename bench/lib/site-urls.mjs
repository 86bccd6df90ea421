// The 1,000 pages of the publish-under-load scenario, taken from the site's own sitemap.

/** How many pages of each kind at most; profiles fill up the rest. */
const LIMIT = 1000;
const DIRECTORY_PAGES = 40;
const MEETINGS = 100;

/**
 * Spreads `count` picks evenly over `items`, so that both ends of a list (templates and copies,
 * early and late slugs) are represented.
 * @template T
 * @param {T[]} items
 * @param {number} count
 */
export const spread = (items, count) => {
  if (count >= items.length) return [...items];
  return Array.from({ length: Math.max(0, count) }, (_, i) => items[Math.floor((i * items.length) / count)]);
};

/**
 * Paths of the caching site: home in both languages, the directory with its pages and filters,
 * every region, up to 100 meetings, and profiles for the rest, up to 1,000 in all. Built from
 * sitemap.xml and the directory's own page links, so the same dataset gives the same list.
 * @param {string} siteUrl
 * @param {{ themeSlug: string }} probe the dataset's theme used for the directory filters
 */
export const siteUrls = async (siteUrl, probe) => {
  const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  /** @param {string} base */
  const under = (base) => paths.filter((p) => p.startsWith(`${base}/`) && p.split('/').length === 3);
  const regions = under('/regionen').map((p) => p.split('/')[2]);
  // The directory's last page, from its own pagination links.
  const directory = await (await fetch(`${siteUrl}/orte`)).text();
  const lastPage = Math.max(1, ...[...directory.matchAll(/[?&;]seite=(\d+)/g)].map((m) => Number(m[1])));
  const directoryPaths = [
    '/orte',
    ...Array.from({ length: Math.min(lastPage, DIRECTORY_PAGES) - 1 }, (_, i) => `/orte?seite=${i + 2}`),
    `/orte?thema=${probe.themeSlug}`,
    ...regions.flatMap((region) => [`/orte?region=${region}`, `/orte?region=${region}&thema=${probe.themeSlug}`]),
  ];
  const others = ['/', '/en', ...directoryPaths, ...regions.map((r) => `/regionen/${r}`), ...spread(under('/treffen'), MEETINGS)];
  const profiles = spread(under('/orte'), LIMIT - others.length);
  return { paths: [...others, ...profiles], profiles };
};
