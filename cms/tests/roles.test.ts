import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';

const { ensureEditorialRoles } = compiledModule('access/roles');
const PLACE = 'api::place.place';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

/** An admin session of one demo user, driving the same API the admin panel uses. */
const session = async (email: string, password: string) => {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status, email).toBe(200);
  const { token } = (await login.json()).data;
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
};

const draft = (slug: string) => ({ name: `Entwurf ${slug}`, slug, teaser: 'Ein Entwurf', stage: 'idea', network: 'other', isSample: true });

describe('editorial roles', () => {
  it('lets the Redaktion create, publish and delete, and manage media, but not users or settings', async () => {
    const as = await session('redaktion@example.com', 'Test-Redaktion-2026');
    const created = await as('POST', `/content-manager/collection-types/${PLACE}?locale=de`, draft('von-der-redaktion'));
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect((await as('POST', `/content-manager/collection-types/${PLACE}/${documentId}/actions/publish?locale=de`, {})).status).toBe(200);
    const published = await cms.graphql(`{ places(filters: { slug: { eq: "von-der-redaktion" } }) { slug } }`);
    expect(published.body.data.places).toHaveLength(1);
    expect((await as('GET', '/upload/files')).status).toBe(200);
    expect((await as('DELETE', `/content-manager/collection-types/${PLACE}/${documentId}?locale=de`)).status).toBe(200);

    expect((await as('GET', '/admin/users')).status).toBe(403);
    expect((await as('GET', '/admin/roles')).status).toBe(403);
    expect((await as('GET', '/admin/api-tokens')).status).toBe(403);
    expect((await as('GET', '/admin/webhooks')).status).toBe(403);
  });

  it('lets an Autor create and edit drafts, but never publish or delete', async () => {
    const as = await session('autor@example.com', 'Test-Autor-2026');
    const created = await as('POST', `/content-manager/collection-types/${PLACE}?locale=de`, draft('vom-autor'));
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect((await as('PUT', `/content-manager/collection-types/${PLACE}/${documentId}?locale=de`, { teaser: 'Besser formuliert' })).status).toBe(200);
    expect((await as('POST', `/content-manager/collection-types/${PLACE}/${documentId}/actions/publish?locale=de`, {})).status).toBe(403);
    expect((await as('DELETE', `/content-manager/collection-types/${PLACE}/${documentId}?locale=de`)).status).toBe(403);
    const published = await cms.graphql(`{ places(filters: { slug: { eq: "vom-autor" } }) { slug } }`);
    expect(published.body.data.places).toEqual([]);
    expect((await as('GET', '/admin/users')).status).toBe(403);
  });

  it('keeps two roles and one user each, however often the CMS boots', async () => {
    await ensureEditorialRoles(cms.strapi);
    await ensureEditorialRoles(cms.strapi);
    const roles = await cms.strapi.db.query('admin::role').findMany({ where: { code: { $startsWith: 'kreativorte-' } }, populate: ['users'] });
    expect(roles.map((r: { name: string }) => r.name).sort()).toEqual(['Autor', 'Redaktion']);
    expect(roles.map((r: { users: unknown[] }) => r.users.length)).toEqual([1, 1]);
  });
});
