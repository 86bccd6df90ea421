import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n/messages';
import type { LayoutServerLoad } from './$types';

/** A draft is shown only for a valid preview link; a forged or expired one is refused, not ignored. */
export const load = (({ url, locals }) => {
  if (url.searchParams.has('preview') && !locals.preview) error(401, messages[locals.locale].preview.invalid);
  return { preview: locals.preview };
}) satisfies LayoutServerLoad;
