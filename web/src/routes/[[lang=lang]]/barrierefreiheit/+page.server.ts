import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import { getLegalPage } from '$lib/server/cms/pages';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const result = await getLegalPage('accessibilityStatement', locals.locale);
  if (!result) error(404, messages[locals.locale].notFound.unpublished);
  return { page: result.content, contentLocale: result.contentLocale };
}) satisfies PageServerLoad;
