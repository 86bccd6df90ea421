import type { Core } from '@strapi/strapi';
import { EDITORIAL_TYPES, PROPOSAL_TYPES, TRANSLATED_TYPES } from '../content-types';
import { LOCALE_CODES } from '../translations/locales';

const explorer = (action: string) => `plugin::content-manager.explorer.${action}`;

const MEDIA = ['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map(
  (action) => ({ action: `plugin::upload.${action}` }),
);

export const ROLES = [
  {
    code: 'kreativorte-redaktion',
    name: 'Redaktion',
    description: 'Legt Orte, Treffen, Partner, Beiträge, Regionen und Themen an, bearbeitet, veröffentlicht und löscht sie; verwaltet Medien.',
    actions: ['create', 'read', 'update', 'delete', 'publish'],
    // Proposals arrive from the website only; the Redaktion reviews, converts and deletes them.
    submissionActions: ['read', 'update', 'delete'],
    envPrefix: 'REDAKTION',
  },
  {
    code: 'kreativorte-autor',
    name: 'Autor',
    description: 'Legt Entwürfe an und bearbeitet sie; veröffentlichen kann nur die Redaktion.',
    actions: ['create', 'read', 'update'],
    // None: proposals carry visitors' names and email addresses, and deciding on them is the
    // Redaktion's job, so authors need not see them (data minimisation).
    submissionActions: [],
    envPrefix: 'AUTOR',
  },
] as const;

/** Content-manager permissions on the given types, with every field and both locales. */
const permissionsFor = (strapi: Core.Strapi, subjects: readonly string[], actions: readonly string[]) => {
  if (actions.length === 0) return [];
  const { actionProvider } = strapi.service('admin::permission');
  const wanted = actionProvider.values().filter((a: { actionId: string }) => actions.map(explorer).includes(a.actionId));
  const withFields: { action: string; subject: string; properties?: Record<string, unknown> }[] = strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(wanted);
  const localized = new Set<string>(TRANSLATED_TYPES);
  return withFields
    .filter((permission) => subjects.includes(permission.subject))
    .map((permission) =>
      localized.has(permission.subject) ? { ...permission, properties: { ...permission.properties, locales: [...LOCALE_CODES] } } : permission,
    );
};

/**
 * The two admin roles with the least privileges each needs, kept in step with this file on
 * every boot. Neither may manage users, roles or settings. The demo gets one user per role.
 */
export const ensureEditorialRoles = async (strapi: Core.Strapi) => {
  const roles = strapi.service('admin::role');
  const users = strapi.service('admin::user');
  for (const definition of ROLES) {
    const role =
      (await roles.findOne({ code: definition.code })) ??
      (await roles.create({ name: definition.name, code: definition.code, description: definition.description }));
    await roles.assignPermissions(role.id, [
      ...permissionsFor(strapi, EDITORIAL_TYPES, definition.actions),
      ...permissionsFor(strapi, PROPOSAL_TYPES, definition.submissionActions),
      ...MEDIA,
    ]);

    const email = process.env[`${definition.envPrefix}_EMAIL`];
    const password = process.env[`${definition.envPrefix}_PASSWORD`];
    if (email && password && !(await users.exists({ email }))) {
      await users.create({
        email,
        firstname: definition.name,
        lastname: 'Demo',
        password,
        isActive: true,
        registrationToken: null,
        roles: [role.id],
        preferedLanguage: 'de',
      });
    }
  }
};
