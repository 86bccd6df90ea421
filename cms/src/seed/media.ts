import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { renderIllustration, type IllustrationSpec } from './illustration';

export type ImageSpec = { illustration: IllustrationSpec; alt: string; credit?: string; licence?: string };

/** Uploads an illustration once per file name and returns the `shared.image` component data. */
export const imageComponent = async (strapi: Core.Strapi, name: string, spec?: ImageSpec) => {
  if (!spec) return undefined;
  const fileName = `${name}.jpg`;
  const files = strapi.db.query('plugin::upload.file');
  let file = await files.findOne({ where: { name: fileName } });
  if (!file) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kig-seed-'));
    const filepath = path.join(dir, fileName);
    try {
      const buffer = await renderIllustration(spec.illustration);
      await fs.writeFile(filepath, buffer);
      [file] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: fileName, alternativeText: spec.alt, caption: spec.credit } },
          files: { filepath, originalFilename: fileName, mimetype: 'image/jpeg', size: buffer.length },
        });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
  return { media: file.id, alt: spec.alt, credit: spec.credit, licence: spec.licence };
};
