import { createRequire } from 'node:module';

/** The Strapi release every module in this folder was written for and tested with. */
export const PATCHED_FOR = '5.54.0';

/** Each patch of Strapi's internals, by module, with the packages whose internals it relies on. */
export const PATCHES: { patch: string; packages: string[] }[] = [
  { patch: 'relation-loader', packages: ['@strapi/database', '@strapi/plugin-graphql', '@strapi/upload'] },
  { patch: 'relation-batch', packages: ['@strapi/database'] },
  { patch: 'plain-fields', packages: ['@strapi/plugin-graphql'] },
  { patch: 'served-schema', packages: ['@strapi/plugin-graphql'] },
  { patch: 'private-webhooks', packages: ['@strapi/core'] },
  { patch: 'upload-service', packages: ['@strapi/upload'] },
  { patch: 'graceful-stop', packages: ['@strapi/core'] },
];

export type Versions = Record<string, string | undefined>;

/** What makes each patch suspect: every package it relies on that is not at PATCHED_FOR. */
export const outdatedPatches = (installed: Versions, patches = PATCHES) =>
  patches.flatMap(({ patch, packages }) => {
    const changed = [...new Set(['@strapi/strapi', ...packages])].filter((name) => installed[name] !== PATCHED_FOR);
    return changed.length ? [`${patch} (${changed.map((name) => `${name} ${installed[name] ?? 'missing'}`).join(', ')})`] : [];
  });

/**
 * Fails the boot, naming each patch, when the installed Strapi is not the one the patches were
 * written for: a patch of internals that changed would fail quietly, not loudly.
 */
export const checkPatchedVersions = (installed: Versions) => {
  const outdated = outdatedPatches(installed);
  if (outdated.length === 0) return;
  throw new Error(
    `src/strapi-patches/ was written for Strapi ${PATCHED_FOR}. Check these patches against the installed versions, ` +
      `then update PATCHED_FOR in src/strapi-patches/index.ts: ${outdated.join('; ')}.`,
  );
};

/** The installed version of every package a patch relies on, resolved as Strapi itself resolves them. */
export const installedVersions = (): Versions => {
  const fromStrapi = createRequire(require.resolve('@strapi/strapi/package.json'));
  const names = new Set(['@strapi/strapi', ...PATCHES.flatMap(({ packages }) => packages)]);
  const versionOf = (name: string): string | undefined => {
    try {
      const manifest: unknown = fromStrapi(`${name}/package.json`);
      return typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string' ? manifest.version : undefined;
    } catch {
      return undefined;
    }
  };
  return Object.fromEntries([...names].map((name) => [name, versionOf(name)]));
};
