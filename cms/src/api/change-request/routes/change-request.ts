import { factories } from '@strapi/strapi';
import { CHANGE_REQUEST } from '../../../content-types';

// The site's edit pages only ever send change requests; reading them is for the admin's review page.
export default factories.createCoreRouter(CHANGE_REQUEST, { only: ['create'] });
