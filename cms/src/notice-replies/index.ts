import type { Core } from '@strapi/strapi';
import { NOTICE_REPLY } from '../content-types';

/** Answers to notices: queued private messages, never in GraphQL (their routes: api/notice-reply/routes/reply.ts). */
export const registerNoticeReplies = (strapi: Core.Strapi) => {
  strapi.plugin('graphql').service('extension').shadowCRUD(NOTICE_REPLY).disable();
};
