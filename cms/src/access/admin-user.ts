import type { Core } from '@strapi/strapi';

const adminUrl = (strapi: Core.Strapi) =>
  `${strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port')}`}/admin`;

/** The demo's first super admin, created only while no admin user exists. */
export const ensureAdminUser = async (strapi: Core.Strapi) => {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) {
    strapi.log.info(`No admin user yet: register the first one at ${adminUrl(strapi)}`);
    return;
  }
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email,
    firstname: 'Demo',
    lastname: 'Admin',
    password,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
    preferedLanguage: 'de',
  });
  strapi.log.info(`Admin user created. Log in at ${adminUrl(strapi)} with ADMIN_EMAIL and ADMIN_PASSWORD from cms/.env.`);
};
