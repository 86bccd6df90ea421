import type { Locale } from '$lib/i18n/locale';
import { isSlug } from '../slug';

export const MAX_WIDGET_PLACES = 24;
const DEFAULT_WIDGET_PLACES = 6;

type EmbedParams = { region: string; theme: string; limit: number; locale: Locale };

/** `?region=altmark&theme=kultur&limit=5&lang=en`; a value that cannot be valid names itself. */
export const parseEmbedParams = (search: URLSearchParams): EmbedParams | { error: string } => {
  const region = search.get('region') ?? '';
  const theme = search.get('theme') ?? search.get('thema') ?? '';
  const limit = search.get('limit') ?? String(DEFAULT_WIDGET_PLACES);
  const lang = search.get('lang') ?? 'de';
  if (region && !isSlug(region)) return { error: 'Invalid parameter "region": expected a region slug such as "altmark".' };
  if (theme && !isSlug(theme)) return { error: 'Invalid parameter "theme": expected a theme slug.' };
  if (!/^[1-9][0-9]?$/.test(limit) || Number(limit) > MAX_WIDGET_PLACES) {
    return { error: `Invalid parameter "limit": expected a number from 1 to ${MAX_WIDGET_PLACES}.` };
  }
  if (lang !== 'de' && lang !== 'en') return { error: 'Invalid parameter "lang": expected "de" or "en".' };
  return { region, theme, limit: Number(limit), locale: lang };
};
