import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { expect, it } from 'vitest';
import { appDir } from '../scripts/strapi-app.mjs';

/** Set by whoever runs the CMS, never by its settings file: the mode, the scripts' compile switch, pnpm's own. */
const NOT_SETTINGS = new Set(['NODE_ENV', 'CMS_COMPILED', 'INIT_CWD']);

const sources = (dir: string): string[] =>
  readdirSync(join(appDir, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.(ts|mjs|js)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

it('documents in .env.example every variable the CMS reads, which is what makes isolatedCmsEnv complete', () => {
  const read = new Set(
    ['config', 'src', 'scripts']
      .flatMap(sources)
      .flatMap((file) => [...readFileSync(join(appDir, file), 'utf8').matchAll(/\benv(?:\.\w+)?\(\s*'([A-Z0-9_]+)'|process\.env\.([A-Z0-9_]+)/g)])
      .map((match) => match[1] ?? match[2]),
  );
  const documented = Object.keys(parseEnv(readFileSync(join(appDir, '.env.example'), 'utf8')));
  expect(read.size).toBeGreaterThan(40);
  expect([...read].filter((name) => !NOT_SETTINGS.has(name) && !documented.includes(name)).sort()).toEqual([]);
});
