import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getPerson } from '$lib/server/cms/people';
import { isSlug } from '$lib/server/slug';
import { personPage } from '$lib/server/structured-data/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
  const result = isSlug(params.slug) ? await getPerson(params.slug, locals.locale, locals.preview) : null;
  if (!result) error(404, messages[locals.locale].notFound.person);
  const context = { url, locale: locals.locale, contentLocale: result.contentLocale };
  return { person: result.content, contentLocale: result.contentLocale, ...personPage(context, result.content) };
}) satisfies PageServerLoad;
