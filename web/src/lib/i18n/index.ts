import { page } from '$app/state';
import { localeOf, localizePath } from './locale';
import { messages } from './messages';

export { label, messages } from './messages';

/**
 * The current page's language, its interface text and a link helper. The language follows the
 * URL, so that error pages, which may have no layout data, speak it too.
 */
export const i18n = () => {
  const locale = localeOf(page.url.pathname);
  return { locale, m: messages[locale], href: (path: string) => localizePath(path, locale) };
};
