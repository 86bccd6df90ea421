import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule } from '../scripts/strapi-app.mjs';
import { asSuperAdmin } from './support/admin';
import { startCms, type Cms } from './support/cms';

const { applyAdminLabels } = compiledModule<typeof import('../src/admin-labels')>('admin-labels');
const PLACE = 'api::place.place';
const SECTIONS = ['building', 'location', 'town', 'people', 'livingAndWorking'];

type Metadata = { edit: { label?: string; description?: string; placeholder?: string; visible?: boolean; editable?: boolean }; list: { label?: string } };
type Configuration = { metadatas: Record<string, Metadata>; layouts: { edit: { name: string; size: number }[][]; list: string[] } };

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const adminGet = async <T>(path: string) => {
  const { status, body } = await (await asSuperAdmin(cms.url))<T>('GET', path);
  expect(status, path).toBe(200);
  return body!;
};

/** Every configuration of every api type and component, read through the content manager's own services. */
const allConfigurations = async () => {
  const contentManager = cms.strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types');
  const components = contentManager.service('components');
  const result: Record<string, Configuration> = {};
  for (const uid of Object.keys(cms.strapi.contentTypes).filter((uid) => uid.startsWith('api::')).sort()) {
    result[uid] = await contentTypes.findConfiguration(contentTypes.findContentType(uid));
  }
  for (const uid of Object.keys(cms.strapi.components).sort()) {
    result[uid] = await components.findConfiguration(components.findComponent(uid));
  }
  return result;
};

describe('German labels in the content manager', () => {
  it('labels and describes the place fields in German and lays out the edit view', async () => {
    const { data } = await adminGet<{ data: { contentType: Configuration; components: Record<string, Configuration> } }>(`/content-manager/content-types/${PLACE}/configuration`);
    const { metadatas, layouts } = data.contentType;

    expect(metadatas.teaser.edit.label).toBe('Kurzbeschreibung');
    expect(metadatas.teaser.edit.description).toBe('Ein bis zwei Sätze für Karten und Vorschauen, höchstens 200 Zeichen.');
    expect(metadatas.teaser.list.label).toBe('Kurzbeschreibung');
    expect(metadatas.stage.edit.label).toBe('Entwicklungsstand');
    expect(metadatas.stage.edit.description).toContain('idea = Idee, planned = In Planung, under_development = Im Aufbau, active = Aktiv');
    expect(metadatas.building.edit.label).toBe('Das Objekt');
    expect(metadatas.livingAndWorking.edit.label).toBe('Leben und Arbeiten vor Ort');
    expect(metadatas.internalNotes.edit.label).toBe('Interne Notizen');
    expect(metadatas.website.edit.placeholder).toBe('https://');

    // the five profile sections follow each other, in order, each as a full-width row
    const names = layouts.edit.flat().map(({ name }) => name);
    const first = names.indexOf('building');
    expect(names.slice(first, first + SECTIONS.length)).toEqual(SECTIONS);
    for (const section of SECTIONS) expect(layouts.edit.find((row) => row.some(({ name }) => name === section))).toEqual([{ name: section, size: 12 }]);
    expect(names.indexOf('teaser')).toBeLessThan(first);
    expect(names.indexOf('address')).toBeGreaterThan(first);

    // internal fields come last
    expect(layouts.edit.at(-1)!.map(({ name }) => name)).toContain('internalNotes');
    expect(names.slice(-4).sort()).toEqual(['internalContact', 'internalNotes', 'isSample', 'privateEmail']);
    for (const row of layouts.edit) expect(row.reduce((sum, { size }) => sum + size, 0)).toBeLessThanOrEqual(12);

    expect(layouts.list).toEqual(['name', 'stage', 'region', 'completeness', 'updatedAt']);
    // The score is the CMS's: shown, sortable in the list, never editable.
    expect(metadatas.completeness.list.label).toBe('Vollständigkeit');
    for (const name of ['completeness', 'completenessMissing', 'lastReminderAt']) expect(metadatas[name].edit, name).toMatchObject({ editable: false });
    expect(data.components['shared.image'].metadatas.alt.edit.label).toBe('Alternativtext');
  });

  it('gives every field of every api type and component a German label and description', async () => {
    const configurations = await allConfigurations();
    const missing: string[] = [];
    const expectedUids = [
      ...Object.keys(cms.strapi.contentTypes).filter((uid) => uid.startsWith('api::')),
      ...Object.keys(cms.strapi.components),
    ];
    expect(expectedUids.length).toBeGreaterThanOrEqual(24);
    const models: Record<string, { attributes: Record<string, { type: string; enum?: readonly string[] }> }> = { ...cms.strapi.contentTypes, ...cms.strapi.components };
    for (const uid of expectedUids) {
      const { metadatas, layouts } = configurations[uid];
      const inLayout = new Set(layouts.edit.flat().map(({ name }) => name));
      const model = models[uid];
      for (const [name, meta] of Object.entries(metadatas)) {
        if (!meta.edit.visible) continue;
        const { label, description } = meta.edit;
        if (!label || label === name || !description) missing.push(`${uid}.${name}`);
        if (!inLayout.has(name)) missing.push(`${uid}.${name} (not in the edit layout)`);
        if (model.attributes[name]?.type === 'enumeration') {
          for (const value of model.attributes[name].enum ?? []) if (!description?.includes(`${value} = `)) missing.push(`${uid}.${name}: ${value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('changes nothing when applied again', async () => {
    const before = JSON.stringify(await allConfigurations());
    expect(await applyAdminLabels(cms.strapi)).toBe(0);
    expect(await applyAdminLabels(cms.strapi)).toBe(0);
    expect(JSON.stringify(await allConfigurations())).toBe(before);
  });
});
