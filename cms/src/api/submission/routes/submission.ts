import { factories } from '@strapi/strapi';

// The website only ever sends new proposals; reading them is for the admin panel.
export default factories.createCoreRouter('api::submission.submission', { only: ['create'] });
