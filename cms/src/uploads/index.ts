import { open, writeFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import sharp from 'sharp';
import { normaliseFileName } from './file-name';
import { HEAD_BYTES, IMAGE_TYPES, detect, type ImageType } from './image-type';
import { gateUploadService, type FileInfo, type IncomingFile } from '../strapi-patches/upload-service';

/** Larger pictures would cost Strapi's resizing seconds and hundreds of MB; a 40 MP camera still fits. */
const MAX_MEGAPIXELS = 40;

const ALLOWED = 'Erlaubt sind JPEG, PNG, WebP, AVIF und GIF.';

const readHead = async (path: string) => {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

/** The file's image type, or the German reason it is refused: the media library's rule, which change requests meet on arrival too. */
export const examineImage = async (file: IncomingFile): Promise<{ type: ImageType } | { refusal: string }> => {
  const shown = `„${(file.originalFilename ?? 'Datei').split(/[/\\]/).pop()!.slice(0, 120)}“`;
  const type = detect(await readHead(file.filepath));
  if (type === 'svg') return { refusal: `${shown}: SVG-Dateien sind nicht erlaubt, weil sie Skripte enthalten können. Bitte als PNG, JPEG oder WebP hochladen.` };
  if (!type) return { refusal: `${shown} ist kein erlaubtes Bild: ${ALLOWED} Geprüft wird der Inhalt der Datei, nicht ihr Name.` };
  const metadata = await sharp(file.filepath, { limitInputPixels: false }).metadata().catch(() => null);
  if (!metadata || metadata.format !== IMAGE_TYPES[type].sharpFormat || !metadata.width || !metadata.height) {
    return { refusal: `${shown} lässt sich nicht als Bild lesen. ${ALLOWED}` };
  }
  if (metadata.width * metadata.height > MAX_MEGAPIXELS * 1_000_000) {
    return { refusal: `${shown} ist mit ${metadata.width} × ${metadata.height} Pixeln zu groß: höchstens ${MAX_MEGAPIXELS} Megapixel.` };
  }
  return { type };
};

/**
 * Strapi 5.54 neither measures nor resizes AVIF (sharp reports it as heif, which Strapi does not
 * know), so the site would get it without width, height or srcset: it is stored as WebP.
 */
const storable = async (file: IncomingFile, type: ImageType): Promise<ImageType> => {
  if (type !== 'avif') return type;
  const webp = await sharp(file.filepath).webp({ quality: 90 }).toBuffer();
  await writeFile(file.filepath, webp);
  file.size = webp.length;
  return 'webp';
};

/**
 * Checks every file by its content, refusing the whole request if one fails (naming each), then
 * gives each the MIME type and extension of its content and a normalised name.
 */
const admit = async (files: IncomingFile[], infos: (FileInfo | undefined)[]) => {
  const results = await Promise.all(files.map(examineImage));
  const refused = results.flatMap((result, i) => ('refusal' in result ? [{ path: [files[i].originalFilename ?? ''], message: result.refusal }] : []));
  if (refused.length > 0) throw new errors.ValidationError(refused.map((r) => r.message).join(' '), { errors: refused });
  for (const [i, result] of results.entries()) {
    if ('refusal' in result) continue;
    const file = files[i];
    const { mime, ext } = IMAGE_TYPES[await storable(file, result.type)];
    file.originalFilename = normaliseFileName(file.originalFilename ?? '', ext);
    file.mimetype = mime;
    file.detectedMimeType = mime;
    const info = infos[i];
    if (info?.name) info.name = normaliseFileName(info.name, ext);
  }
};

/**
 * The media library's gate, on the upload service itself, so that every way in passes it: the
 * admin's uploads and replacements, its import from URLs, the content API and our seed. Only
 * images of IMAGE_TYPES, recognised by their bytes, of at most MAX_MEGAPIXELS: an SVG (which can
 * carry scripts) or an HTML page named .png is refused with a German message. Sizes are capped by UPLOAD_MAX_MB before
 * this (config/middlewares.ts, config/plugins.ts).
 */
export const registerUploadPolicy = (strapi: Core.Strapi) => gateUploadService(strapi, { admit, rename: normaliseFileName });
