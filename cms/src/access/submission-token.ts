import type { Core } from '@strapi/strapi';
import { SUBMISSION } from '../content-types';
import { ensureApiTokenFromEnv } from './api-token';

export const submissionTokenName = () => process.env.SUBMISSION_TOKEN_NAME || 'website-submissions';

/**
 * The website sends proposals from its server with one named API token, secret
 * SUBMISSION_TOKEN, that may create them and do nothing else: no reading, not even its own
 * proposals.
 */
export const ensureSubmissionToken = (strapi: Core.Strapi) =>
  ensureApiTokenFromEnv(strapi, 'SUBMISSION_TOKEN', 'the website cannot send proposals.', {
    name: submissionTokenName(),
    description: 'Nur zum Einreichen von Vorschlägen über das Formular der Website; kann nichts lesen.',
    permissions: [`${SUBMISSION}.create`],
  });
