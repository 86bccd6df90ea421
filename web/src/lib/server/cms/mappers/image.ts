import { z } from 'zod';
import type { ImageFragment } from '../generated/graphql';
import type { Image } from '$lib/types';

/** One of Strapi's responsive formats, in the `formats` JSON it does not type. */
const format = z.object({ url: z.string(), width: z.number(), height: z.number() });

const absolute = (url: string, base: string) => (/^https?:\/\//.test(url) ? url : `${base}${url}`);

/** An image with its alt text and a srcset from Strapi's responsive formats. */
export const toImage = (image: ImageFragment | null | undefined, cmsPublicUrl: string): Image | null => {
  const media = image?.media;
  if (!image || !media?.width || !media.height) return null;
  const formats = media.formats && typeof media.formats === 'object' ? Object.values(media.formats).flatMap((value) => format.safeParse(value).data ?? []) : [];
  const candidates = [...formats, { url: media.url, width: media.width, height: media.height }]
    .sort((a, b) => a.width - b.width)
    .map((f) => `${absolute(f.url, cmsPublicUrl)} ${f.width}w`);
  return {
    src: absolute(media.url, cmsPublicUrl),
    srcset: candidates.join(', '),
    width: media.width,
    height: media.height,
    alt: image.alt,
    credit: image.credit,
    licence: image.licence,
  };
};
