import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getAbout } from '$lib/server/cms/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const result = await getAbout(locals.locale);
  if (!result) error(404, messages[locals.locale].notFound.unpublished);
  return { about: result.content, contentLocale: result.contentLocale };
}) satisfies PageServerLoad;
