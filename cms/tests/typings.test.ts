import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateTypings } from '../scripts/strapi-app.mjs';
import { startCms, type Cms } from './support/cms';

let cms: Cms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

it('the committed types/generated/ is what Strapi generates from the schemas (run `pnpm schema` when this fails)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kig-typings-'));
  try {
    await generateTypings(cms.strapi, dir);
    const committed = resolve(__dirname, '..', 'types', 'generated');
    const files = readdirSync(join(dir, 'generated')).sort();
    expect(files).toEqual(readdirSync(committed).sort());
    for (const file of files) {
      expect(readFileSync(join(dir, 'generated', file), 'utf8') === readFileSync(join(committed, file), 'utf8'), file).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
