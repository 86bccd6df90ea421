import { LRUCache } from 'lru-cache';
import sharp from 'sharp';
import { SHARE_HEIGHT as HEIGHT, SHARE_WIDTH as WIDTH } from '$lib/share';
import type { Image } from '$lib/types';
import { cmsHeaders } from './cms/headers';
import { config } from './config';
import { xmlText } from './feeds/xml';

const GREEN = '#1d3b2a';
const MINT = '#e7f1e9';
const MARGIN = 72;

/** The house from the site header (+layout.svelte), drawn at any size. */
const mark = (size: number, fill: string, door: string) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}"><path d="M16 3 3 14h4v14h18V14h4L16 3Z" fill="${fill}"/><path d="M13 28v-8h6v8" fill="${door}"/></svg>`,
  );

/**
 * DejaVu Sans from Debian's fonts-dejavu-core (.ci/run installs it). The site's own faces ship
 * only as woff2 (@fontsource), which the FreeType inside sharp's libvips does not read; where the
 * file is missing, Pango picks the closest installed sans-serif.
 */
const FONT = { font: 'DejaVu Sans Bold', fontfile: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' };

/** Pango text, white on transparent; a long title steps down in size until it fits. */
const textLayer = async (title: string, subtitle: string | null, maxHeight: number, sizes = [64, 54, 46, 38]): Promise<{ data: Buffer; height: number }> => {
  const [size, ...smaller] = sizes;
  const markup =
    `<span foreground="#ffffff" size="${size}pt" weight="bold">${xmlText(title)}</span>` +
    (subtitle ? `\n<span foreground="${MINT}" size="${Math.round(size * 0.45)}pt">${xmlText(subtitle)}</span>` : '');
  const { data, info } = await sharp({
    text: { text: markup, ...FONT, width: WIDTH - 2 * MARGIN, dpi: 72, rgba: true, wrap: 'word-char', spacing: 4 },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  if (info.height > maxHeight && smaller.length) return textLayer(title, subtitle, maxHeight, smaller);
  // The smallest size may still overflow with an absurdly long title: crop rather than cover the mark.
  return info.height > maxHeight ? { data: await sharp(data).extract({ left: 0, top: 0, width: info.width, height: maxHeight }).toBuffer(), height: maxHeight } : { data, height: info.height };
};

/** The network's name beside its mark, top left on every share image. */
const brandLayer = async (name: string) => {
  const { data } = await sharp({ text: { text: `<span foreground="#ffffff" size="30pt">${xmlText(name)}</span>`, ...FONT, dpi: 72, rgba: true } })
    .png()
    .toBuffer({ resolveWithObject: true });
  return data;
};

/** The smallest of Strapi's formats that still covers the share image's width, else the largest. */
const coverSource = (cover: Image) => {
  const candidates = cover.srcset
    .split(', ')
    .map((entry) => {
      const [url, width] = entry.split(' ');
      return { url, width: Number.parseInt(width, 10) };
    })
    .filter((c) => c.url && Number.isFinite(c.width))
    .sort((a, b) => a.width - b.width);
  return (candidates.find((c) => c.width >= WIDTH) ?? candidates.at(-1))?.url ?? cover.src;
};

/** The cover, cropped to the share size; null when the CMS does not deliver it. */
const fetchCover = async (cover: Image) => {
  try {
    const response = await fetch(coverSource(cover), { headers: cmsHeaders(), signal: AbortSignal.timeout(config().cmsTimeoutMs) });
    if (!response.ok) return null;
    return await sharp(Buffer.from(await response.arrayBuffer()))
      .resize(WIDTH, HEIGHT, { fit: 'cover', position: 'attention' })
      .toBuffer();
  } catch {
    return null;
  }
};

const shade = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0.45"/><stop offset="0.35" stop-color="#000" stop-opacity="0.1"/><stop offset="0.55" stop-color="${GREEN}" stop-opacity="0.35"/><stop offset="1" stop-color="${GREEN}" stop-opacity="0.92"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
);

export type ShareCard = { title: string; subtitle: string | null; cover: Image | null; network: string };

/**
 * A 1200×630 JPEG: the cover (or the brand's green), darkened towards the bottom where the title
 * stands, with the network's mark and name on top. `complete` is false when the cover could not
 * be fetched, so that the fallback is not cached as if it were the real picture.
 */
export const renderShareCard = async ({ title, subtitle, cover, network }: ShareCard) => {
  const photo = cover ? await fetchCover(cover) : null;
  const base = photo ? sharp(photo) : sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: GREEN } });
  const text = await textLayer(title, subtitle, HEIGHT - 2 * MARGIN - 90);
  const image = await base
    .composite([
      ...(photo ? [{ input: shade }] : [{ input: mark(520, '#24492f', GREEN), left: WIDTH - 480, top: 150 }]),
      { input: mark(64, '#ffffff', GREEN), left: MARGIN, top: MARGIN - 8 },
      { input: await brandLayer(network), left: MARGIN + 80, top: MARGIN + 6 },
      { input: text.data, left: MARGIN, top: HEIGHT - MARGIN - text.height },
    ])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return { image, complete: !cover || photo !== null };
};

/** The network's logo for structured data: the mark on its green, square. */
export const renderLogo = () =>
  sharp({ create: { width: 512, height: 512, channels: 4, background: GREEN } })
    .composite([{ input: mark(400, '#ffffff', GREEN), left: 56, top: 48 }])
    .png()
    .toBuffer();

/**
 * Rendering takes a few hundred milliseconds of CPU, so finished images are kept; the key holds
 * everything drawn (title, subtitle, cover URL, which changes with the uploaded file), so an edit
 * makes a new entry and the stale one ages out.
 */
const cache = new LRUCache<string, Buffer>({ max: 300, maxSize: 64 * 1024 * 1024, sizeCalculation: (buffer) => buffer.length });

export const shareCard = async (card: ShareCard) => {
  const key = JSON.stringify([card.title, card.subtitle, card.cover?.src ?? null, card.network]);
  const cached = cache.get(key);
  if (cached) return { image: cached, complete: true };
  const rendered = await renderShareCard(card);
  if (rendered.complete) cache.set(key, rendered.image);
  return rendered;
};

/** A day in shared caches; a picture drawn without its cover is retried after five minutes. */
export const shareResponse = ({ image, complete }: { image: Buffer; complete: boolean }) =>
  new Response(new Uint8Array(image), {
    headers: { 'content-type': 'image/jpeg', 'cache-control': `public, max-age=${complete ? 86400 : 300}` },
  });
