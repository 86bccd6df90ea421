import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { asAutor, asRedaktion } from './support/admin';
import { startCms, type Cms } from './support/cms';

const { ensureEditorialRoles } = compiledModule<typeof import('../src/access/roles')>('access/roles');
const PLACE = 'api::place.place';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

type Created = { data: { documentId: string } };
type Places = { places: { slug: string }[] };

const draft = (slug: string) => ({ name: `Entwurf ${slug}`, slug, teaser: 'Ein Entwurf', stage: 'idea', network: 'other', isSample: true });

describe('editorial roles', () => {
  it('lets the Redaktion create, publish and delete, and manage media, but not users or settings', async () => {
    const as = await asRedaktion(cms.url);
    const created = await as<Created>('POST', `/content-manager/collection-types/${PLACE}?locale=de`, draft('von-der-redaktion'));
    expect(created.status).toBe(201);
    const { documentId } = created.body!.data;
    expect((await as('POST', `/content-manager/collection-types/${PLACE}/${documentId}/actions/publish?locale=de`, {})).status).toBe(200);
    const published = await cms.graphqlData<Places>(`{ places(filters: { slug: { eq: "von-der-redaktion" } }) { slug } }`);
    expect(published.places).toHaveLength(1);
    expect((await as('GET', '/upload/files')).status).toBe(200);
    expect((await as('DELETE', `/content-manager/collection-types/${PLACE}/${documentId}?locale=de`)).status).toBe(200);

    expect((await as('GET', '/admin/users')).status).toBe(403);
    expect((await as('GET', '/admin/roles')).status).toBe(403);
    expect((await as('GET', '/admin/api-tokens')).status).toBe(403);
    expect((await as('GET', '/admin/webhooks')).status).toBe(403);
  });

  it('lets an Autor create and edit drafts, but never publish or delete', async () => {
    const as = await asAutor(cms.url);
    const created = await as<Created>('POST', `/content-manager/collection-types/${PLACE}?locale=de`, draft('vom-autor'));
    expect(created.status).toBe(201);
    const { documentId } = created.body!.data;
    expect((await as('PUT', `/content-manager/collection-types/${PLACE}/${documentId}?locale=de`, { teaser: 'Besser formuliert' })).status).toBe(200);
    expect((await as('POST', `/content-manager/collection-types/${PLACE}/${documentId}/actions/publish?locale=de`, {})).status).toBe(403);
    expect((await as('DELETE', `/content-manager/collection-types/${PLACE}/${documentId}?locale=de`)).status).toBe(403);
    const published = await cms.graphqlData<Places>(`{ places(filters: { slug: { eq: "vom-autor" } }) { slug } }`);
    expect(published.places).toEqual([]);
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
