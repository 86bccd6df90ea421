/** The image types the media library accepts, by their first bytes, with the extension they are stored under. */
export const IMAGE_TYPES = {
  jpeg: { mime: 'image/jpeg', ext: '.jpg', sharpFormat: 'jpeg' },
  png: { mime: 'image/png', ext: '.png', sharpFormat: 'png' },
  webp: { mime: 'image/webp', ext: '.webp', sharpFormat: 'webp' },
  avif: { mime: 'image/avif', ext: '.avif', sharpFormat: 'heif' },
  gif: { mime: 'image/gif', ext: '.gif', sharpFormat: 'gif' },
} as const;

export type ImageType = keyof typeof IMAGE_TYPES;

/** How many bytes `detect` needs. */
export const HEAD_BYTES = 4096;

const ascii = (head: Buffer, start: number, end: number) => head.subarray(start, end).toString('latin1');

/** An ISO base media file (ftyp box) naming AVIF as its major or a compatible brand. */
const isAvif = (head: Buffer) => {
  if (head.length < 16 || ascii(head, 4, 8) !== 'ftyp') return false;
  const boxEnd = Math.min(head.readUInt32BE(0), head.length);
  const brands = [ascii(head, 8, 12)];
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(head, at, at + 4));
  return brands.some((brand) => brand === 'avif' || brand === 'avis');
};

/** XML text whose first element is <svg>, however it is named or declared. */
const isSvg = (head: Buffer) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head.toString('utf8').replace(/^\uFEFF/, ''));

/**
 * The file's type by its content alone, never by its name or declared type: one of
 * IMAGE_TYPES, 'svg', or null for anything else.
 */
export const detect = (head: Buffer): ImageType | 'svg' | null => {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (isAvif(head)) return 'avif';
  if (isSvg(head)) return 'svg';
  return null;
};
