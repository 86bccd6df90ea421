import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getPartner } from '$lib/server/cms/partners';
import { isSlug } from '$lib/server/slug';
import { partnerPage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const partner = isSlug(params.slug) ? await getPartner(params.slug, locals.locale, locals.preview) : null;
  if (!partner) error(404, messages[locals.locale].notFound.partner);
  // Partners are not translated in the CMS; their descriptions are German in both languages.
  return { partner, contentLocale: 'de' as const, ...partnerPage({ url, locale: locals.locale, contentLocale: 'de' }, partner) };
}) satisfies PageServerLoad;
