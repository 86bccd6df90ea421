import type { Core } from '@strapi/strapi';
import { CHANGE_REQUEST } from '../content-types';
import { ensureApiTokenFromEnv } from './api-token';

export const editTokenName = () => process.env.EDIT_TOKEN_NAME || 'website-edits';

/** The actions of the edit pages: opening a session from a link, reading its place's published profile, sending a change request. */
export const EDIT_ACTIONS = [`${CHANGE_REQUEST}.create`, 'api::change-request.edit-session.open', 'api::change-request.edit-session.current'];

/**
 * The website's edit pages talk to the CMS with one named API token, secret EDIT_TOKEN. It may do
 * nothing without an edit link's session, and with one only for that link's place: it reads no
 * other content and no change requests, not even its own.
 */
export const ensureEditToken = (strapi: Core.Strapi) =>
  ensureApiTokenFromEnv(strapi, 'EDIT_TOKEN', 'the website cannot open edit links or send change requests.', {
    name: editTokenName(),
    description: 'Nur für die Bearbeitungsseiten der Website: Bearbeitungslinks öffnen und Änderungswünsche senden; kann sonst nichts lesen.',
    permissions: EDIT_ACTIONS,
  });
