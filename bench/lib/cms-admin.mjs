// The CMS's admin API, as its admin panel calls it: how the bench changes content like an editor.

export const PLACE = 'api::place.place';

/**
 * Logs in as the dataset's admin (created by the CMS on its first start from ADMIN_EMAIL and
 * ADMIN_PASSWORD, which the dataset keeps with its other throwaway secrets) and returns a caller
 * of the admin API with that session. One login per run: the CMS rate-limits them.
 * @param {string} cmsUrl
 * @param {{ email: string, password: string }} admin
 */
export const adminSession = async (cmsUrl, { email, password }) => {
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (login.status !== 200) throw new Error(`The admin login on ${cmsUrl} answered ${login.status}; generate the dataset again (--force) if it predates its admin password`);
  /** @type {{ data: { token: string } }} */
  const { data } = await login.json();
  /**
   * @param {string} path
   * @param {{ method?: string, body?: unknown }} [init]
   */
  return async (path, { method = 'GET', body } = {}) => {
    const response = await fetch(`${cmsUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return response.json();
  };
};

/** @typedef {Awaited<ReturnType<typeof adminSession>>} AdminApi */

/**
 * The German place with this slug, as the content manager lists it.
 * @param {AdminApi} admin
 * @param {string} slug
 * @returns {Promise<{ documentId: string, teaser: string }>}
 */
export const findPlace = async (admin, slug) => {
  const { results } = await admin(`/content-manager/collection-types/${PLACE}?locale=de&filters[$and][0][slug][$eq]=${encodeURIComponent(slug)}`);
  if (!results?.[0]) throw new Error(`No place ${slug} in the content manager`);
  return { documentId: results[0].documentId, teaser: results[0].teaser };
};

/**
 * Saves a changed teaser and publishes it, the two calls the editor's "save" and "publish" make.
 * @param {AdminApi} admin
 * @param {string} documentId
 * @param {string} teaser
 * @param {() => void} [beforePublish] called just before the publish is sent
 */
export const publishTeaser = async (admin, documentId, teaser, beforePublish) => {
  await admin(`/content-manager/collection-types/${PLACE}/${documentId}?locale=de`, { method: 'PUT', body: { teaser } });
  beforePublish?.();
  await admin(`/content-manager/collection-types/${PLACE}/${documentId}/actions/publish?locale=de`, { method: 'POST', body: {} });
};
