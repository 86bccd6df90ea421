import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm, unlink } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * Images of change requests wait here for an editor's decision: outside public/, so no URL
 * reaches them (CHANGE_REQUEST_FILES_DIR, default cms/.private/change-requests). One folder per
 * request, removed when it is applied, rejected or deleted.
 */
const heldFilesDir = (strapi: Core.Strapi) => resolve(process.env.CHANGE_REQUEST_FILES_DIR || join(strapi.dirs.app.root, '.private', 'change-requests'));

/** The held file's path, or null for a name that would leave the folder. */
export const heldPath = (strapi: Core.Strapi, name: string) => {
  const root = heldFilesDir(strapi);
  const path = resolve(root, name);
  return path.startsWith(root + sep) ? path : null;
};

/** Moves uploaded files (formidable's temporary ones) into a new folder; returns their names there. */
export const holdFiles = async (strapi: Core.Strapi, files: { filepath: string; ext: string }[]) => {
  if (files.length === 0) return [];
  const folder = randomUUID();
  await mkdir(join(heldFilesDir(strapi), folder), { recursive: true, mode: 0o700 });
  const names: string[] = [];
  for (const [index, file] of files.entries()) {
    const name = `${folder}/${index}${file.ext}`;
    // Copy and unlink rather than rename: the temporary folder may be on another file system.
    await copyFile(file.filepath, join(heldFilesDir(strapi), name));
    await unlink(file.filepath).catch(() => undefined);
    names.push(name);
  }
  return names;
};

/** Removes the folders of these held files. */
export const releaseFiles = async (strapi: Core.Strapi, names: string[]) => {
  const folders = new Set(names.map((name) => name.split('/')[0]).filter((folder) => /^[0-9a-f-]{36}$/.test(folder)));
  for (const folder of folders) await rm(join(heldFilesDir(strapi), folder), { recursive: true, force: true });
};
