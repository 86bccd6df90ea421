import type { Core } from '@strapi/strapi';

type Wanted = {
  name: string;
  /** The token's secret, shared with the website through both environments. */
  accessKey: string;
  description: string;
  permissions: string[];
};

/**
 * One named content-API token whose secret the website also holds. On every boot the stored
 * hash follows the variable, and type and permissions are reset exactly to what is wanted, in
 * case someone changed them in the admin or a type was added.
 */
export const ensureApiToken = async (strapi: Core.Strapi, { name, accessKey, description, permissions }: Wanted) => {
  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const keys = { accessKey: tokens.hash(accessKey), encryptedKey: encryption.encrypt(accessKey) };

  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name }, populate: ['permissions'] });
  if (existing) {
    if (existing.accessKey !== keys.accessKey) {
      await strapi.db.query('admin::api-token').update({ where: { id: existing.id }, data: keys });
    }
    const current = new Set<string>((existing.permissions ?? []).map((p: { action: string }) => p.action));
    const outdated = current.size !== permissions.length || permissions.some((action) => !current.has(action));
    if (existing.type !== 'custom' || outdated) {
      await tokens.update(existing.id, { type: 'custom', permissions });
    }
    return;
  }
  const created = await tokens.create({ name, description, kind: 'content-api', type: 'custom', lifespan: null, permissions });
  await strapi.db.query('admin::api-token').update({ where: { id: created.id }, data: keys });
};

/** A website token whose secret is the environment variable `variable`; unset, it is skipped with a warning. */
export const ensureApiTokenFromEnv = async (strapi: Core.Strapi, variable: string, whenMissing: string, wanted: Omit<Wanted, 'accessKey'>) => {
  const accessKey = process.env[variable];
  if (!accessKey) {
    strapi.log.warn(`${variable} is not set: ${whenMissing}`);
    return;
  }
  await ensureApiToken(strapi, { ...wanted, accessKey });
};
