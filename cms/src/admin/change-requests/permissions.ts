export const CHANGE_REQUEST = 'api::change-request.change-request';

/** Who may see change requests (the Redaktion and Super Admins): the same as the CMS's routes ask. */
export const CHANGE_REQUEST_PERMISSIONS = [{ action: 'plugin::content-manager.explorer.read', subject: CHANGE_REQUEST }];
