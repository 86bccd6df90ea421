import type { Core } from '@strapi/strapi';
import { SUBMISSION } from '../content-types';
import { ensureApiTokenFromEnv } from './api-token';

export const submissionTokenName = () => process.env.SUBMISSION_TOKEN_NAME || 'website-submissions';

/** The answer form of a notice: whether its place takes answers, and sending one (api/notice-reply/routes/reply.ts). */
export const NOTICE_REPLY_ACTIONS = ['api::notice-reply.reply.status', 'api::notice-reply.reply.send'];

/**
 * The website's two visitor forms, proposals and answers to notices, send from its server with one
 * named API token, secret SUBMISSION_TOKEN, that may create proposals, ask whether a notice takes
 * answers and send one, and do nothing else: no reading of content, proposals or answers.
 */
export const ensureSubmissionToken = (strapi: Core.Strapi) =>
  ensureApiTokenFromEnv(strapi, 'SUBMISSION_TOKEN', 'the website cannot send proposals or answers to notices.', {
    name: submissionTokenName(),
    description: 'Nur für die Formulare der Website: Vorschläge einreichen und auf Anzeigen antworten; kann nichts lesen.',
    permissions: [`${SUBMISSION}.create`, ...NOTICE_REPLY_ACTIONS],
  });
