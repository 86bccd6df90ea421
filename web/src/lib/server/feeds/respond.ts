import { isHttpError } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { InvalidParamError } from '../directory-params';

/** Five minutes in any cache on the way; the site's own cache is emptied by the CMS's webhook. */
export const FEED_CACHE_CONTROL = 'public, max-age=300';

export type Feed = { body: string; type: string; filename?: string };

const plain = (status: number, message: string, headers: Record<string, string>) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/**
 * Answers a feed request. Failures become short plain-text answers, never a stack trace: 400 for
 * a bad parameter, 404 for unknown content, 503 with Retry-After while the CMS is unreachable
 * and nothing is cached. `cors` lets any site fetch the feed (it is public and uses no cookies).
 */
export const serveFeed = async (locale: Locale, build: () => Promise<Feed | null>, { cors = false } = {}) => {
  const shared: Record<string, string> = cors ? { 'access-control-allow-origin': '*' } : {};
  try {
    const feed = await build();
    if (!feed) return plain(404, messages[locale].feeds.notFound, shared);
    return new Response(feed.body, {
      headers: {
        'content-type': feed.type,
        'cache-control': FEED_CACHE_CONTROL,
        ...(feed.filename ? { 'content-disposition': `attachment; filename="${feed.filename}"` } : {}),
        ...shared,
      },
    });
  } catch (failure) {
    if (failure instanceof InvalidParamError) return plain(400, messages[locale].invalidParam(failure.param), shared);
    if (isHttpError(failure)) {
      return plain(failure.status, failure.body.message, { ...shared, ...(failure.status === 503 ? { 'retry-after': '30' } : {}) });
    }
    throw failure;
  }
};
