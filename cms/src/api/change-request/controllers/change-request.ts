import { factories } from '@strapi/strapi';
import { receiveChangeRequest } from '../../../change-requests/intake';
import { CHANGE_REQUEST } from '../../../content-types';

export default factories.createCoreController(CHANGE_REQUEST, ({ strapi }) => ({
  /** Only from the site's edit pages, with a session: src/change-requests/intake.ts. */
  async create(ctx) {
    await receiveChangeRequest(strapi, ctx);
  },
}));
