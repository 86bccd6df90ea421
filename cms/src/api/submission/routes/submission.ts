import { factories } from '@strapi/strapi';
import { SUBMISSION } from '../../../content-types';

// The website only ever sends new proposals; reading them is for the admin panel.
export default factories.createCoreRouter(SUBMISSION, { only: ['create'] });
