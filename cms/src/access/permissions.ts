import type { Core } from '@strapi/strapi';
import { PUBLIC_TYPES, isSingleType } from '../content-types';
import { isRecord } from '../is-record';

/**
 * The read actions of the public types. Strapi registers `find` and `findOne` for a
 * collection type, but only `find` (besides `update` and `delete`) for a single type.
 */
export const publicActions = () =>
  PUBLIC_TYPES.flatMap((uid) => (isSingleType(uid) ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`]));

/**
 * The Public role may read the public types and do nothing else: Strapi's defaults
 * (registration, password reset, …) are removed, and self-registration is switched off.
 */
export const applyPublicPermissions = async (strapi: Core.Strapi) => {
  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] });
  if (!publicRole) throw new Error('users-permissions has no public role');

  const allowed = publicActions();
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = new Set<string>();
  for (const permission of publicRole.permissions) {
    if (allowed.includes(permission.action) && !granted.has(permission.action)) {
      granted.add(permission.action);
    } else {
      await permissions.delete({ where: { id: permission.id } });
    }
  }
  for (const action of allowed.filter((a) => !granted.has(a))) {
    await permissions.create({ data: { action, role: publicRole.id } });
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const stored = await store.get({ key: 'advanced' });
  const advanced = isRecord(stored) ? stored : null;
  if (advanced?.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
};
