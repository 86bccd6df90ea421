import type { Seo } from '$lib/types';

const SITE_SUFFIX = /\s*[–—|·-]\s*Kreativorte im Grünen\s*$/;

/**
 * Title and description for <svelte:head>. Pages append the site name themselves, so an
 * editor's meta title that already ends with it is shortened rather than doubled.
 */
export const toSeo = (
  seo: { metaTitle: string | null; metaDescription: string | null } | null | undefined,
  fallback: { title: string; description: string },
): Seo => ({
  title: seo?.metaTitle?.replace(SITE_SUFFIX, '').trim() || fallback.title,
  description: seo?.metaDescription || fallback.description,
});
