// Restores an archive into the database and upload folder the environment points at.
import { loadStrapi, stopStrapi } from '../strapi-app.mjs';
import { backupKey, describeCounts, UsageError } from './archive.mjs';
import { importArchive, inspectArchive } from './transfer.mjs';

/**
 * Entries of our own types and media files: what a restore would replace.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 */
const contentRows = async (strapi) => {
  const uids = [...Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::')), 'plugin::upload.file'];
  const counts = await Promise.all(uids.map((uid) => strapi.db.query(uid).count()));
  return counts.reduce((sum, n) => sum + n, 0);
};

/**
 * Reads the archive completely, refuses to replace existing content unless forced, imports, and
 * then boots the CMS once more: its bootstrap brings back what an archive never holds (admin
 * user, roles, API tokens) and sets the webhook, locales and public permissions to this
 * environment's values.
 * @param {{ file: string, force?: boolean, files?: boolean }} archive
 */
export const restoreArchive = async ({ file, force = false, files = true }) => {
  const key = backupKey();
  if (file.endsWith('.enc') && !key) {
    throw new UsageError(`${file} is encrypted: set BACKUP_ENCRYPTION_KEY (cms/.env) to the key it was made with.`);
  }
  const inspected = await inspectArchive({ file, key }).catch((error) => {
    throw new Error(`${file} cannot be restored, nothing was changed:\n${error.message}`, { cause: error });
  });
  console.log(`${file} holds:\n${describeCounts(inspected.counts)}`);

  process.env.SEED_ON_EMPTY = 'false';
  const strapi = await loadStrapi();
  try {
    const existing = await contentRows(strapi);
    if (existing > 0 && !force) {
      throw new UsageError(
        `The database already holds ${existing} entries and media files; a restore deletes and replaces all of them. Nothing was changed. Run again with --force to confirm.`,
      );
    }
    const { counts, warnings } = await importArchive(strapi, { file, key, files }).catch((error) => {
      throw new Error(`${file} was not restored; the database and the upload folder are as they were:\n${error.message}`, { cause: error });
    });
    warnings.forEach((warning) => console.warn(`warning: ${warning}`));
    console.log(`Restored ${counts.entities?.count ?? 0} entries, ${counts.links?.count ?? 0} relations, ${counts.assets?.count ?? 0} media files.`);
  } finally {
    await stopStrapi(strapi);
  }
  await stopStrapi(await loadStrapi());
  console.log('The CMS booted on the restored data: admin users, roles, API tokens, permissions and the website webhook are in place.');
  console.log('A CMS that was running on this database all along answers from its cache until GRAPHQL_CACHE_TTL runs out: restart it.');
};
