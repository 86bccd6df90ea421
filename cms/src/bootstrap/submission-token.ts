import type { Core } from '@strapi/strapi';

export const SUBMISSION_CREATE = 'api::submission.submission.create';

export const submissionTokenName = () => process.env.SUBMISSION_TOKEN_NAME || 'website-submissions';

/**
 * The website sends proposals from its server with one named API token that may create them
 * and do nothing else: no reading, not even its own proposals. Its secret comes from
 * SUBMISSION_TOKEN, shared through the environments like the preview token's. On every boot the
 * stored hash follows the variable, and type and permission are reset in case someone widened
 * them in the admin.
 */
export const ensureSubmissionToken = async (strapi: Core.Strapi) => {
  const accessKey = process.env.SUBMISSION_TOKEN;
  if (!accessKey) {
    strapi.log.warn('SUBMISSION_TOKEN is not set: the website cannot send proposals.');
    return;
  }
  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const name = submissionTokenName();
  const keys = { accessKey: tokens.hash(accessKey), encryptedKey: encryption.encrypt(accessKey) };
  const permissions = [SUBMISSION_CREATE];

  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name }, populate: ['permissions'] });
  if (existing) {
    if (existing.accessKey !== keys.accessKey) {
      await strapi.db.query('admin::api-token').update({ where: { id: existing.id }, data: keys });
    }
    const current: string[] = (existing.permissions ?? []).map((p: { action: string }) => p.action);
    if (existing.type !== 'custom' || current.length !== 1 || current[0] !== SUBMISSION_CREATE) {
      await tokens.update(existing.id, { type: 'custom', permissions });
    }
    return;
  }
  const created = await tokens.create({
    name,
    description: 'Nur zum Einreichen von Vorschlägen über das Formular der Website; kann nichts lesen.',
    kind: 'content-api',
    type: 'custom',
    lifespan: null,
    permissions,
  });
  await strapi.db.query('admin::api-token').update({ where: { id: created.id }, data: keys });
};
