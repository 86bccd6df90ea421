import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const redirects = async () =>
  (await cms.graphqlData<{ redirects: { from: string; to: string }[] }>(`{ redirects(sort: "from", pagination: { limit: 20 }) { from to } }`)).redirects;

it('redirects the old URL once a changed slug is published, without chains', async () => {
  const places = cms.strapi.documents('api::place.place');
  const { documentId } = (await places.findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' }))!;
  await places.update({ documentId, locale: 'de', data: { slug: 'kultur-nische-salzwedel' } });
  expect(await redirects()).toEqual([]);

  await places.publish({ documentId, locale: 'de' });
  expect(await redirects()).toEqual([{ from: '/orte/kultur-nische', to: '/orte/kultur-nische-salzwedel' }]);

  await places.update({ documentId, locale: 'de', data: { slug: 'kulturnische' } });
  await places.publish({ documentId, locale: 'de' });
  expect(await redirects()).toEqual([
    { from: '/orte/kultur-nische', to: '/orte/kulturnische' },
    { from: '/orte/kultur-nische-salzwedel', to: '/orte/kulturnische' },
  ]);

  // Going back to the first slug must not leave a redirect away from the live page.
  await places.update({ documentId, locale: 'de', data: { slug: 'kultur-nische' } });
  await places.publish({ documentId, locale: 'de' });
  expect(await redirects()).toEqual([
    { from: '/orte/kultur-nische-salzwedel', to: '/orte/kultur-nische' },
    { from: '/orte/kulturnische', to: '/orte/kultur-nische' },
  ]);
});

it('moves a region page on save, as regions have no drafts', async () => {
  const regions = cms.strapi.documents('api::region.region');
  const { documentId } = (await regions.findFirst({ filters: { slug: 'brandenburg' }, locale: 'de' }))!;
  await regions.update({ documentId, locale: 'de', data: { slug: 'land-brandenburg' } });
  expect(await redirects()).toContainEqual({ from: '/regionen/brandenburg', to: '/regionen/land-brandenburg' });
});
