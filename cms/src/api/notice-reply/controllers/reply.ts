import type { Core } from '@strapi/strapi';
import { receiveReply, replyStatus } from '../../../notice-replies/intake';

/** Answers to notices from the site's form: src/notice-replies/intake.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  status: (ctx: Parameters<Core.MiddlewareHandler>[0]) => replyStatus(strapi, ctx),
  send: (ctx: Parameters<Core.MiddlewareHandler>[0]) => receiveReply(strapi, ctx),
});
