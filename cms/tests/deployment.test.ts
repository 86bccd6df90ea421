import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE_ENV, siteServerArgs } from '../../scripts/lib/site-process.mjs';

// The deployment files cannot run here (no Docker), so their promises are read from the files.
const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type Service = {
  image?: string;
  build?: { context: string; dockerfile: string };
  restart?: string;
  env_file?: string | string[];
  environment?: Record<string, string | number | boolean | null>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
};
const compose: { services: Record<string, Service>; volumes: Record<string, unknown> } = parse(read('docker-compose.yml'));
const { postgres, cms, web } = compose.services;

/** Variable names of a .env-style file. */
const names = (path: string) => [...read(path).matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]);
/** A pattern that matches `text` as it is. */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const SECRET = /SECRET|TOKEN$|PASSWORD|PASS$|APP_KEYS|SALT|ENCRYPTION_KEY|DATABASE_URL/;

describe('docker-compose.yml', () => {
  it('runs postgres, cms and web, restarted unless stopped by hand', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'postgres', 'web']);
    expect(postgres.image).toMatch(/^postgres:1[56]\b/);
    for (const service of Object.values(compose.services)) expect(service.restart).toBe('unless-stopped');
    expect(cms.build).toEqual({ context: '.', dockerfile: 'cms/Dockerfile' });
    expect(web.build).toEqual({ context: '.', dockerfile: 'web/Dockerfile' });
  });

  it("checks each service's health and starts each only once what it needs is healthy", () => {
    expect(postgres.healthcheck?.test.join(' ')).toMatch(/pg_isready/);
    expect(cms.healthcheck?.test.join(' ')).toMatch(/^CMD node -e .*fetch\('http:\/\/127\.0\.0\.1:1337\/readyz'\)/);
    expect(web.healthcheck?.test.join(' ')).toMatch(/^CMD node -e .*fetch\('http:\/\/127\.0\.0\.1:3000\/healthz'\)/);
    expect(cms.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(web.depends_on).toEqual({ cms: { condition: 'service_healthy' } });
  });

  it('keeps the database, the uploads and the held images of change requests in named volumes', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(['db-data', 'held-images', 'uploads']);
    expect(postgres.volumes).toEqual(['db-data:/var/lib/postgresql/data']);
    // Held images sit where the CMS looks without CHANGE_REQUEST_FILES_DIR, outside public/.
    expect(cms.volumes).toEqual(['uploads:/app/cms/public/uploads', 'held-images:/app/cms/.private/change-requests']);
    expect(read('cms/Dockerfile')).toMatch(/chown node:node cms\/public\/uploads cms\/\.private cms\/\.private\/change-requests/);
  });

  it('reads every secret from the git-ignored env file, none inline', () => {
    for (const service of Object.values(compose.services)) {
      expect(service.env_file).toBe('.env.production');
      // A map, so that every name is seen (a list would hide them in `NAME=value` strings).
      expect(Array.isArray(service.environment)).toBe(false);
      expect(Object.keys(service.environment ?? {}).filter((name) => SECRET.test(name))).toEqual([]);
    }
    expect(read('.gitignore').split('\n')).toContain('.env.production');
  });
});

describe('deploy/.env.production.example', () => {
  const example = 'deploy/.env.production.example';

  it('lists every variable of both apps that docker-compose.yml does not set itself', () => {
    const setByCompose = new Set([...Object.keys(cms.environment ?? {}), ...Object.keys(web.environment ?? {})]);
    const sqliteOnly = new Set(['DATABASE_FILENAME']);
    const needed = [...names('cms/.env.example'), ...names('web/.env.example')].filter((name) => !setByCompose.has(name) && !sqliteOnly.has(name));
    expect(needed.filter((name) => !names(example).includes(name))).toEqual([]);
  });

  it('names no variable that neither app nor PostgreSQL reads', () => {
    const known = new Set([...names('cms/.env.example'), ...names('web/.env.example'), 'POSTGRES_PASSWORD']);
    expect(names(example).filter((name) => !known.has(name))).toEqual([]);
  });

  it('holds no secret value, only empty places for them', () => {
    const filled = [...read(example).matchAll(/^([A-Z0-9_]+)=(.+)$/gm)].filter(([, name]) => SECRET.test(name) && !name.endsWith('_NAME'));
    expect(filled.map(([line]) => line)).toEqual([]);
  });
});

describe.each([
  ['cms/Dockerfile', '1337', /CMD \["node", "node_modules\/@strapi\/strapi\/bin\/strapi\.js", "start"\]/],
  ['web/Dockerfile', '3000', literally(`CMD ${JSON.stringify(['node', ...siteServerArgs()]).replaceAll(',', ', ')}`)],
])('%s', (path, port, command) => {
  const dockerfile = read(path);
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const final = stages.at(-1) ?? '';

  it('builds in stages on node:20-slim with the workspace lockfile, frozen', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(stage).toMatch(/^(node:20-slim|pnpm)\b/);
    expect(dockerfile).toMatch(/npm install --global pnpm@12\.4\.2/);
    expect(dockerfile).toMatch(/COPY package\.json pnpm-workspace\.yaml pnpm-lock\.yaml \.\//);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile --filter/);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile --prod --filter/);
  });

  it('runs production dependencies as the unprivileged user node', () => {
    expect(final).toMatch(/^node:20-slim\n/);
    expect(final).toMatch(/^ENV NODE_ENV=production/m);
    expect(final).toMatch(/^COPY --from=prod-deps /m);
    expect([...final.matchAll(/^USER (\S+)/gm)].map((match) => match[1])).toEqual(['node']);
    expect(final).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(final).toMatch(command);
  });
});

describe("the site's memory settings and body limit (scripts/lib/site-process.mjs)", () => {
  const settings = Object.entries(SITE_ENV).map(([name, value]) => `${name}=${value}`);

  it('raise the body limit for the edit pages\' images', () => {
    expect(SITE_ENV.BODY_SIZE_LIMIT).toBe('11M');
  });

  it('are those of web/Dockerfile', () => {
    expect(read('web/Dockerfile')).toMatch(new RegExp(`^ENV ${settings.join(' ')}$`, 'm'));
  });

  it("are those of the site's `pnpm start`", () => {
    const manifest: unknown = JSON.parse(read('web/package.json'));
    expect(manifest).toMatchObject({ scripts: { start: [...settings, 'node', ...siteServerArgs()].join(' ') } });
  });
});

it('.dockerignore keeps local installs, builds, uploads and env files out of the images', () => {
  const ignored = read('.dockerignore').split('\n');
  for (const pattern of ['**/node_modules', '**/.env', '**/.env.*', 'cms/public/uploads/*', 'cms/dist', 'web/build']) {
    expect(ignored).toContain(pattern);
  }
});
