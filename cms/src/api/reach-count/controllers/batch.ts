import type { Core } from '@strapi/strapi';
import { receiveBatch } from '../../../reach/batch';

/** Batched daily counts from the site: src/reach/batch.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  add: (ctx: Parameters<Core.MiddlewareHandler>[0]) => receiveBatch(strapi, ctx),
});
