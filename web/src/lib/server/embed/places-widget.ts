import type { Locale } from '$lib/i18n/locale';
import { localizePath } from '$lib/i18n/locale';
import { label, messages } from '$lib/i18n/messages';
import type { PlaceCard } from '$lib/types';
import { xmlText } from '../feeds/xml';

const text = {
  de: { title: 'Kreativorte im Grünen', more: 'Alle Orte auf kreativorte-im-gruenen.de', none: 'Hier gibt es noch keine Orte.' },
  en: { title: 'Kreativorte im Grünen', more: 'All places on kreativorte-im-gruenen.de', none: 'There are no places here yet.' },
};

/** The smallest image at least 160 px wide, so that a partner's page loads little. */
const thumbnail = (place: PlaceCard) => {
  if (!place.cover) return '';
  const candidates = place.cover.srcset.split(', ').map((entry) => {
    const [url, width] = entry.split(' ');
    return { url, width: Number.parseInt(width, 10) };
  });
  const fitting = candidates.find((c) => c.width >= 160) ?? candidates.at(-1);
  return fitting ? `<img src="${xmlText(fitting.url)}" alt="" width="96" height="64" loading="lazy">` : '';
};

const item = (place: PlaceCard, origin: string, locale: Locale) => {
  const href = `${origin}${localizePath(`/orte/${place.slug}`, locale)}`;
  const stage = label(messages[locale].labels.stage, place.stage);
  return `<li>${thumbnail(place)}<div><a href="${xmlText(href)}" target="_blank" rel="noopener">${xmlText(place.name)}</a>
<p class="meta">${xmlText([place.location, stage].filter(Boolean).join(' · '))}</p><p>${xmlText(place.teaser)}</p></div></li>`;
};

/**
 * A complete, script-free HTML document for partners' iframes: inline styles only, links open
 * our pages in a new tab, and images come from the CMS's public URL.
 */
export const renderPlacesWidget = ({ places, origin, locale, moreHref }: { places: PlaceCard[]; origin: string; locale: Locale; moreHref: string }) => {
  const t = text[locale];
  const list = places.length ? `<ul>${places.map((place) => item(place, origin, locale)).join('')}</ul>` : `<p>${t.none}</p>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<style>
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2b22;background:#fff}
ul{list-style:none;margin:0;padding:0}
li{display:flex;gap:.75rem;padding:.6rem .75rem;border-bottom:1px solid #e2e8e3}
img{flex:none;width:96px;height:64px;object-fit:cover;border-radius:4px;background:#e7f1e9}
a{color:#1d3b2a;font-weight:600}
a:focus-visible{outline:3px solid #b35f00;outline-offset:2px}
p{margin:.15rem 0 0}
.meta{font-size:.85em;color:#4a5a50}
footer{padding:.6rem .75rem;font-size:.85em}
</style>
</head>
<body>
${list}
<footer><a href="${xmlText(moreHref)}" target="_blank" rel="noopener">${t.more}</a></footer>
</body>
</html>
`;
};
