// Strapi's data-transfer engine between the running CMS and an archive file: the same format as
// `strapi export`/`strapi import`, so either can read what the other wrote.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { messageOf } from '../errors.mjs';
import { require } from '../strapi-app.mjs';

/** @typedef {import('@strapi/strapi').Core.Strapi} Strapi */
/** @typedef {import('@strapi/data-transfer').engine.ITransferEngineOptions} EngineOptions */
/** @typedef {import('@strapi/data-transfer').engine.ISourceProvider} Source */
/** @typedef {import('@strapi/data-transfer').engine.IDestinationProvider} Destination */
/** @typedef {NonNullable<import('@strapi/data-transfer').engine.ITransferResults<Source, Destination>['engine']>} TransferCounts what each stage moved */

/** @type {typeof import('@strapi/data-transfer')} */
const {
  engine: { createTransferEngine },
  strapi: {
    isIgnoredOfficialTransferType,
    getIgnoredOfficialTransferTypes,
    providers: { createLocalStrapiSourceProvider, createLocalStrapiDestinationProvider },
  },
  file: {
    providers: { createLocalFileSourceProvider, createLocalFileDestinationProvider },
  },
} = require('@strapi/data-transfer');

// Admin users, admin roles and API tokens never leave the CMS (Strapi's own rule for exports);
// links to them, such as createdBy, are dropped with them.
const transferable = (/** @type {string} */ type) => !isIgnoredOfficialTransferType(type);
/** @type {EngineOptions['transforms']} */
const transforms = {
  entities: [{ filter: (entity) => transferable(entity.type) }],
  links: [{ filter: (link) => transferable(link.left.type) && transferable(link.right.type) }],
};

/**
 * Runs one transfer and returns the engine's per-stage counts and warnings; a failure carries every error it reported.
 * @param {Source} source
 * @param {Destination} destination
 * @param {Omit<EngineOptions, 'versionStrategy'>} options
 * @returns {Promise<{ counts: TransferCounts, warnings: string[] }>}
 */
const run = async (source, destination, options) => {
  const engine = createTransferEngine(source, destination, { versionStrategy: 'ignore', transforms, ...options });
  /** @type {string[]} */
  const warnings = [];
  /** @type {string[]} */
  const errors = [];
  engine.diagnostics.onDiagnostic(({ kind, details }) => {
    if (kind === 'warning') warnings.push(details.message);
    if (kind === 'error') errors.push(details.error?.message ?? details.message);
  });
  try {
    const results = await engine.transfer();
    return { counts: results.engine ?? {}, warnings };
  } catch (error) {
    const reasons = [...new Set([...errors, messageOf(error)].filter(Boolean))];
    throw new Error(reasons.join('\n'), { cause: error });
  }
};

/** @param {string} file @param {string | undefined} key */
const archiveOptions = (file, key) => ({
  file: { path: file },
  compression: { enabled: /\.gz(\.enc)?$/.test(file) },
  encryption: { enabled: file.endsWith('.enc'), key },
});

/**
 * Writes every entry, relation, media file and setting of the CMS into `<path>.tar.gz`, or
 * `<path>.tar.gz.enc` with a key. Without media files (`files: false`), the upload folder must
 * travel separately.
 * @param {Strapi} strapi
 * @param {{ path: string, key?: string, files?: boolean }} options
 */
export const exportArchive = async (strapi, { path, key, files = true }) => {
  const destination = createLocalFileDestinationProvider({
    file: { path },
    compression: { enabled: true },
    encryption: { enabled: Boolean(key), key },
  });
  const result = await run(createLocalStrapiSourceProvider({ getStrapi: () => strapi, autoDestroy: false }), destination, {
    schemaStrategy: 'ignore',
    exclude: files ? [] : ['files'],
  });
  const file = destination.results.file?.path;
  if (!file) throw new Error(`The archive ${path} was not written.`);
  return { ...result, file };
};

/**
 * A destination that keeps nothing: the engine reads and parses the whole archive into it.
 * @returns {Destination}
 */
const discardingDestination = () => {
  const discard = () => new Writable({ objectMode: true, write: (_item, _encoding, done) => done() });
  return {
    name: 'destination::discard',
    type: 'destination',
    getMetadata: () => null,
    getSchemas: () => null,
    createEntitiesWriteStream: discard,
    createLinksWriteStream: discard,
    createConfigurationWriteStream: discard,
    createAssetsWriteStream: () =>
      new Writable({
        objectMode: true,
        write(asset, _encoding, done) {
          asset.stream.on('error', done).on('end', () => done()).resume();
        },
      }),
  };
};

/**
 * Reads the whole archive without a CMS and without changing anything: it must decrypt, unpack
 * and parse. Returns what it holds. (Whether its content model matches the CMS's is checked by
 * the import, before it deletes anything.)
 * @param {{ file: string, key?: string }} archive
 */
export const inspectArchive = ({ file, key }) =>
  run(createLocalFileSourceProvider(archiveOptions(file, key)), discardingDestination(), { schemaStrategy: 'ignore' });

/**
 * Replaces the CMS's content, media files and settings with the archive's, in one database
 * transaction. Admin users, admin roles and API tokens stay as they are.
 * @param {Strapi} strapi
 * @param {{ file: string, key?: string, files?: boolean }} archive
 */
export const importArchive = async (strapi, { file, key, files = true }) => {
  const destination = createLocalStrapiDestinationProvider({
    getStrapi: () => strapi,
    autoDestroy: false,
    strategy: 'restore',
    restore: {
      entities: { exclude: [...Object.keys(strapi.contentTypes).filter((uid) => !transferable(uid)), ...getIgnoredOfficialTransferTypes()] },
      assets: files,
      configuration: { webhook: true, coreStore: true },
    },
  });
  try {
    return await run(createLocalFileSourceProvider(archiveOptions(file, key)), destination, {
      schemaStrategy: 'strict',
      exclude: files ? [] : ['files'],
    });
  } catch (error) {
    // The database rolls back by itself; the upload folder, which Strapi moved aside before it
    // wrote the archive's files, must be put back by hand.
    const uploads = join(strapi.dirs.static.public, 'uploads');
    const moved = join(strapi.dirs.static.public, destination.uploadsBackupDirectoryName);
    if (existsSync(moved)) {
      await rm(uploads, { recursive: true, force: true });
      await rename(moved, uploads);
    }
    throw error;
  }
};
