import { factories } from '@strapi/strapi';
import { CHANGE_REQUEST } from '../../../content-types';

export default factories.createCoreService(CHANGE_REQUEST);
