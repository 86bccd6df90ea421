import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'cms', 'data', 'seed');

/** The seed content the CMS was filled with, so tests derive their expectations from it. */
export const seed = <T = Record<string, any>[]>(name: string): T => JSON.parse(readFileSync(resolve(seedDir, `${name}.json`), 'utf8'));

export type SeedPlace = {
  slug: string;
  isSample: boolean;
  stage: string;
  region: string;
  themes: string[];
  address: { town?: string };
  de: { name: string; teaser: string };
};

/** Traces of a server error leaking to visitors: stack frames, file paths, error class names. */
export const stackTracePatterns = [
  /^\s*at\s.+:\d+:\d+\)?\s*$/m,
  /\bat\s+[\w.<>$]+\s+\((?:file:|node:|\/)[^)]*:\d+:\d+\)/,
  /file:\/\/\//,
  /node:internal/,
  /node_modules\//,
  /(?:\/[\w.-]+)+\.(?:js|ts|mjs|cjs|svelte):\d+/,
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|CmsUnavailableError|ClientError|GraphQLError)\b/,
  /ECONNREFUSED|fetch failed/,
  /"stack"\s*:/,
];

export const stackTraceIn = (body: string) => stackTracePatterns.filter((pattern) => pattern.test(body)).map(String);

/** The visible text of an HTML document, roughly: enough to look for messages. */
export const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** One directive of a response's Content-Security-Policy, e.g. "frame-ancestors 'self'". */
export const cspDirective = (headers: Headers, name: string) =>
  (headers.get('content-security-policy') ?? '').split(/;\s*/).find((directive) => directive.split(' ')[0] === name);

/** The documentId of a published seed notice of the place: documentIds are drawn when the seed runs. */
export const seedNoticeId = async (cmsUrl: string, placeSlug: string) => {
  const query = `{ notices(filters: { place: { slug: { eq: "${placeSlug}" } } }, pagination: { limit: 1 }) { documentId } }`;
  const response = await fetch(`${cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body: { data?: { notices: { documentId: string }[] } } = await response.json();
  const id = body.data?.notices[0]?.documentId;
  if (!id) throw new Error(`no published notice of ${placeSlug}: ${JSON.stringify(body)}`);
  return id;
};
