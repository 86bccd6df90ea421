import type { Core } from '@strapi/strapi';
import { ensureApiToken } from './api-token';

export const submissionTokenName = () => process.env.SUBMISSION_TOKEN_NAME || 'website-submissions';

/**
 * The website sends proposals from its server with one named API token, secret
 * SUBMISSION_TOKEN, that may create them and do nothing else: no reading, not even its own
 * proposals.
 */
export const ensureSubmissionToken = async (strapi: Core.Strapi) => {
  const accessKey = process.env.SUBMISSION_TOKEN;
  if (!accessKey) {
    strapi.log.warn('SUBMISSION_TOKEN is not set: the website cannot send proposals.');
    return;
  }
  await ensureApiToken(strapi, {
    name: submissionTokenName(),
    accessKey,
    description: 'Nur zum Einreichen von Vorschlägen über das Formular der Website; kann nichts lesen.',
    permissions: ['api::submission.submission.create'],
  });
};
