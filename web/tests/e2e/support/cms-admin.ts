import { expect, inject } from 'vitest';

/**
 * The CMS's admin API, with the demo admin's session (by default on the shared CMS of the global
 * setup): what the admin panel itself calls, so that tests change content the way an editor does.
 */
export const adminApi =
  ({ cmsUrl, adminToken } = { cmsUrl: inject('cmsUrl'), adminToken: inject('adminToken') }) =>
  async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${cmsUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, ...init.headers },
    });
    expect(response.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(300);
    return response.json();
  };

export type AdminApi = ReturnType<typeof adminApi>;

export const PLACE = 'api::place.place';

/** A new German place, as a draft or published; returns its documentId. */
export const createPlace = async (admin: AdminApi, slug: string, { publish = false, name = 'Hof im Entwurf' } = {}) => {
  const data = { name, slug, teaser: `${name}: ein Ort, der gerade entsteht.`, stage: 'idea', network: 'kreativorte_im_gruenen' };
  const { data: created } = await admin(`/content-manager/collection-types/${PLACE}?locale=de`, { method: 'POST', body: JSON.stringify(data) });
  if (publish) await admin(`/content-manager/collection-types/${PLACE}/${created.documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
  return created.documentId as string;
};
