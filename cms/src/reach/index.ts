import type { Core } from '@strapi/strapi';
import { REACH_COUNT } from '../content-types';
import { registerReachRoutes } from './admin-routes';
import { startApiUsage, stopApiUsage } from './api-usage';

/** Reach statistics: never in GraphQL; read by the admin's routes; the site adds through api/reach-count/routes/batch.ts. */
export const registerReach = (strapi: Core.Strapi) => {
  strapi.plugin('graphql').service('extension').shadowCRUD(REACH_COUNT).disable();
  registerReachRoutes(strapi);
};

/** From boot on, this process adds its partner API counts every few seconds. */
export const startReach = (strapi: Core.Strapi) => startApiUsage(strapi);

/** A stopping CMS adds what it counted since the last flush, before its database closes. */
export const stopReach = (strapi: Core.Strapi) => stopApiUsage(strapi);
