// `pnpm test:prod`: the real `pnpm start:prod` (both builds included) on a fresh PostgreSQL
// database, with throwaway secrets in a settings file outside the checkout (ENV_PATH), free ports
// and the seed, then stopped the way a service manager or Ctrl-C stops it, with requests in flight:
// PROD_TEST_STOP_RUNS times for each signal (default 1), restarting with `--no-build` in between.
// Linux only: it finds the two servers and their environment in /proc.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, databaseUrl, dropDatabase } from '../bench/dataset/postgres.mjs';
import { descendants, isRunning } from './lib/proc.mjs';
import { cleanEnv, freePort } from './lib/processes.mjs';
import { root } from './processes.mjs';

const ADMIN = { email: 'admin@example.com', password: `Prod-Test-${randomBytes(6).toString('hex')}` };
const PLACE = 'api::place.place';

const secret = () => randomBytes(24).toString('base64url');
/** @param {string} message */
const log = (message) => console.log(`[prod] ${message}`);

/** Every secret start:prod requires, freshly drawn: nothing here outlives the test. */
const SECRETS = Object.fromEntries(
  ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'SITE_TOKEN', 'PREVIEW_SECRET', 'SUBMISSION_TOKEN', 'EDIT_TOKEN', 'REACH_TOKEN', 'EDIT_LINK_SECRET', 'REVALIDATE_SECRET', 'FORM_SECRET']
    .map((name) => [name, secret()])
    .concat([
      ['APP_KEYS', `${secret()},${secret()}`],
      ['PREVIEW_TOKEN', randomBytes(32).toString('hex')],
    ]),
);

/** @param {Record<string, string>} values */
const envFile = (values) => Object.entries(values).map(([name, value]) => `${name}=${value}`).join('\n');

const STOP_RUNS = Number(process.env.PROD_TEST_STOP_RUNS || 1);

/**
 * A request of which only `head` is sent yet, so that the server holds it open: `finish` sends the
 * rest, and `answer` resolves to everything the server answered before it closed the connection.
 * @param {string} url
 * @param {string} head
 * @param {string} rest
 */
const inFlight = (url, head, rest) => {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.setEncoding('utf8');
  let received = '';
  socket.on('data', (chunk) => (received += chunk));
  /** @type {Promise<void>} */
  const sent = new Promise((done, fail) => {
    socket.once('error', fail);
    socket.write(head, () => done());
  });
  /** @type {Promise<string>} */
  const answer = new Promise((done, fail) => {
    socket.once('close', () => done(received));
    socket.once('error', fail);
    setTimeout(() => fail(new Error(`no answer from ${url} within 15 s; so far: ${received}`)), 15_000).unref();
  });
  return { sent, finish: () => socket.write(rest), answer };
};

/** @param {string} url */
const refusesConnections = (url) =>
  new Promise((done) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', () => done(true));
  });

const dir = mkdtempSync(join(tmpdir(), 'kig-prod-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm start:prod', () => {
  it('refuses to start, naming what is missing, without its secrets or without PostgreSQL', () => {
    const { SITE_TOKEN, FORM_SECRET, ...some } = SECRETS;
    const settings = join(dir, 'incomplete.env');
    writeFileSync(settings, envFile({ ...some, DATABASE_CLIENT: 'sqlite' }), { mode: 0o600 });
    const refused = spawnSync('pnpm', ['start:prod'], { cwd: root, env: { ...cleanEnv(), ENV_PATH: settings }, encoding: 'utf8', timeout: 60_000 });
    assert.equal(refused.status, 1, refused.stderr);
    assert.match(refused.stderr, /refuses to start/);
    assert.match(refused.stderr, /missing secrets: SITE_TOKEN, FORM_SECRET\n/);
    assert.match(refused.stderr, /DATABASE_CLIENT is "sqlite", not "postgres"/);
    // It stopped before building anything.
    assert.doesNotMatch(refused.stdout, /\[cms\]|vite|build/i);

    const nowhere = spawnSync('pnpm', ['start:prod'], { cwd: root, env: { ...cleanEnv(), ...SECRETS, DATABASE_CLIENT: 'postgres', ENV_PATH: join(dir, 'missing.env') }, encoding: 'utf8', timeout: 60_000 });
    assert.equal(nowhere.status, 1, nowhere.stderr);
    assert.match(nowhere.stderr, /ENV_PATH names .*missing\.env, which does not exist/);
  });

  describe('on a fresh PostgreSQL database', () => {
    const database = `kig_prod_${randomBytes(6).toString('hex')}`;
    const settings = join(dir, 'production.env');
    let cmsUrl = '';
    let siteUrl = '';
    /** @type {{ CMS_PORT: string, WEB_PORT: string }} */
    let ports;
    /**
     * The latest `pnpm start:prod`: its process, its output so far, and the moment every process
     * holding its output (the servers too) has ended.
     * @type {{ pnpm: import('node:child_process').ChildProcess, output: () => string, closed: Promise<unknown> } | undefined}
     */
    let prod;
    /**
     * The CMS's and the site's server processes, as start:prod started them.
     * @type {Record<'cms' | 'web', import('./lib/proc.mjs').Descendant>}
     */
    let servers;
    const killAll = () => prod && prod.pnpm.exitCode === null && prod.pnpm.signalCode === null && process.kill(-(prod.pnpm.pid ?? 0), 'SIGKILL');
    process.once('exit', killAll);

    /** @param {string[]} args */
    const startProd = async (args) => {
      const started = Date.now();
      const pnpm = spawn('pnpm', ['start:prod', ...args], {
        cwd: root,
        // Its own process group, as under a terminal or a service manager.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...cleanEnv(),
          // start:prod itself must make it production.
          NODE_ENV: 'development',
          ENV_PATH: settings,
          ...ports,
          HOST: '127.0.0.1',
          ORIGIN: siteUrl,
          PUBLIC_DIR: join(dir, 'public'),
          SUBMISSION_NOTIFY_EMAILS: '',
          SMTP_HOST: '',
          // Long enough that only the publish webhook can bring a change onto a cached page.
          PAGE_CACHE_TTL_MS: '600000',
          CACHE_TTL_MS: '600000',
        },
      });
      let output = '';
      for (const stream of [pnpm.stdout, pnpm.stderr]) {
        stream.on('data', (chunk) => {
          output += chunk;
          if (process.env.PROD_TEST_VERBOSE) process.stdout.write(chunk);
        });
      }
      const closed = new Promise((done) => pnpm.once('close', done));
      prod = { pnpm, output: () => output, closed };

      /** @param {string} url */
      const ready = async (url) => (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) })).status === 200;
      // Seven minutes for the builds, and seven more for booting and seeding.
      let builtAt = args.includes('--no-build') ? started : undefined;
      while (!((await ready(cmsUrl).catch(() => false)) && (await ready(siteUrl).catch(() => false)))) {
        assert.ok(pnpm.exitCode === null && pnpm.signalCode === null, `pnpm start:prod exited (${pnpm.exitCode}) before both were ready:\n${output.slice(-8_000)}`);
        assert.ok(Date.now() - (builtAt ?? started) < 420_000, `not ${builtAt ? 'ready' : 'built'} within 7 minutes:\n${output.slice(-8_000)}`);
        if (!builtAt && output.includes('[cms]')) {
          builtAt = Date.now();
          log(`both built after ${((builtAt - started) / 1000).toFixed(1)} s`);
        }
        await sleep(500);
      }
      log(`both ready after ${((Date.now() - started) / 1000).toFixed(1)} s: site ${siteUrl}, CMS ${cmsUrl}`);
      const below = descendants(pnpm.pid ?? 0);
      /** @param {string} workspace */
      const server = (workspace) => {
        const found = below.filter((p) => p.cwd === join(root, workspace) && p.argv[0] === process.execPath);
        assert.equal(found.length, 1, `one ${workspace} server below pnpm: ${JSON.stringify(below.map((p) => p.argv))}`);
        return found[0];
      };
      servers = { cms: server('cms'), web: server('web') };
    };

    before(async () => {
      const [cmsPort, webPort] = [await freePort(), await freePort()];
      ports = { CMS_PORT: String(cmsPort), WEB_PORT: String(webPort) };
      cmsUrl = `http://127.0.0.1:${cmsPort}`;
      siteUrl = `http://127.0.0.1:${webPort}`;
      await createDatabase(database);
      mkdirSync(join(dir, 'public', 'uploads'), { recursive: true });
      // The secrets and the database as an operator keeps them, in a file readable by its owner only.
      writeFileSync(
        settings,
        envFile({
          ...SECRETS,
          DATABASE_CLIENT: 'postgres',
          DATABASE_URL: databaseUrl(database),
          ADMIN_EMAIL: ADMIN.email,
          ADMIN_PASSWORD: ADMIN.password,
          // How production gets its first content: the seed, imported into the empty database.
          SEED_ON_EMPTY: 'true',
          // A setting of the site's own, which start:prod must pass on from this file.
          SHOW_SAMPLES: 'false',
        }),
        { mode: 0o600 },
      );
      await startProd([]);
    });

    after(async () => {
      killAll();
      await prod?.closed;
      await dropDatabase(database);
    });

    const output = () => prod?.output() ?? '';

    it('runs both servers with NODE_ENV=production', () => {
      for (const { environ } of Object.values(servers)) assert.ok(environ.includes('NODE_ENV=production'), environ.join('\n'));
      // With LOG_FORMAT unset, both log JSON lines in production only.
      assert.match(output(), /^\[cms\] +\{.*"message":"Strapi started successfully"/m);
      assert.match(output(), /^\[web\] +\{.*"level":"http"/m);
    });

    it('answers the probes of both', async () => {
      for (const url of [cmsUrl, siteUrl]) {
        for (const probe of ['healthz', 'readyz']) {
          const response = await fetch(`${url}/${probe}`);
          assert.equal(response.status, 200, `${url}/${probe}`);
          assert.deepEqual(await response.json(), { status: 'ok' });
        }
      }
    });

    it('shows the seeded content on the home page, without the samples', async () => {
      const home = await fetch(siteUrl);
      assert.equal(home.status, 200);
      const html = await home.text();
      assert.match(html, /Landleben mit Zukunft/);
      // Two of the seed's featured places: a real one, and a sample that production hides.
      assert.match(html, /Bürgermeisterhof/);
      assert.doesNotMatch(html, /Alte Molkerei Kalbe/);
    });

    it('serves the built admin panel', async () => {
      const response = await fetch(`${cmsUrl}/admin`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      const html = await response.text();
      const script = /<script[^>]+src="([^"]+\.js)"/.exec(html);
      assert.ok(script, html);
      const bundle = await fetch(new URL(script[1], `${cmsUrl}/admin/`));
      assert.equal(bundle.status, 200);
      assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    });

    /** @param {string} query */
    const graphql = (query) =>
      fetch(`${cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

    it('answers a GraphQL query', async () => {
      const answer = await graphql('{ regions { slug } }');
      assert.equal(answer.status, 200);
      /** @type {{ data: { regions: { slug: string }[] } }} */
      const { data } = await answer.json();
      assert.ok(data.regions.some((region) => region.slug === 'altmark'));
    });

    it('serves no GraphQL landing page to a browser', async () => {
      const page = await fetch(`${cmsUrl}/graphql`, { headers: { accept: 'text/html' } });
      const body = await page.text();
      assert.doesNotMatch(page.headers.get('content-type') ?? '', /html/, body.slice(0, 2_000));
      assert.doesNotMatch(body, /<html|sandbox|apollographql/i);
    });

    it('answers GraphQL errors without stack traces or SQL', async () => {
      // Refused by validation, by Strapi's resolver, and by the database (a NUL byte in text).
      for (const broken of ['{ regions { nope } }', '{ regions(sort: "nope:asc") { slug } }', '{ places(filters: { slug: { eq: "\\u0000" } }) { slug } }']) {
        const text = await (await graphql(broken)).text();
        assert.ok(JSON.parse(text).errors?.length, `${broken}: ${text}`);
        assert.doesNotMatch(text, /stacktrace|\bat [\w.<>]+ \(|node_modules|\bselect\b/i, `${broken}: ${text}`);
      }
    });

    it('puts a publish in the admin on the cached site through the webhook', async () => {
      const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
      assert.equal(login.status, 200);
      const { token } = (await login.json()).data;
      /**
       * @param {string} path
       * @param {RequestInit} [init]
       */
      const admin = async (path, init = {}) => {
        const response = await fetch(`${cmsUrl}/content-manager/collection-types/${PLACE}${path}`, {
          ...init,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        });
        assert.ok(response.status < 300, `${init.method ?? 'GET'} ${path}: ${response.status}`);
        return response.json();
      };
      const page = () => fetch(`${siteUrl}/orte/kultur-nische`).then((response) => response.text());

      const { results } = await admin('?locale=de&filters[$and][0][slug][$eq]=kultur-nische');
      const { documentId } = results[0];
      const teaser = `Frisch veröffentlicht um ${new Date().toISOString()}`;
      assert.doesNotMatch(await page(), new RegExp(teaser));
      await admin(`/${documentId}?locale=de`, { method: 'PUT', body: JSON.stringify({ teaser }) });
      assert.doesNotMatch(await page(), new RegExp(teaser), 'a draft stays off the site');

      const started = Date.now();
      await admin(`/${documentId}/actions/publish?locale=de`, { method: 'POST', body: '{}' });
      let live = false;
      while (!live && Date.now() - started < 10_000) {
        live = (await page()).includes(teaser);
        if (!live) await sleep(50);
      }
      assert.ok(live, 'the published teaser is on the site within 10 s');
      log(`publish to live: ${Date.now() - started} ms`);
    });

    /**
     * Sends `signal` to start:prod's process group, as systemd (KillMode=control-group) and Ctrl-C
     * in a terminal send it, while a page and a GraphQL query are in flight: both are answered once
     * the servers have stopped accepting connections, and both servers exit 0 within 10 s.
     * @param {NodeJS.Signals} signal
     */
    const stopWithRequestsInFlight = async (signal) => {
      const { pnpm, closed } = prod ?? assert.fail('start:prod is not running');
      // Cached first, so that its answer needs no CMS, which stops at the same time.
      assert.equal((await fetch(`${siteUrl}/orte/buergermeisterhof`)).status, 200);
      const page = inFlight(siteUrl, `GET /orte/buergermeisterhof HTTP/1.1\r\nHost: ${new URL(siteUrl).host}\r\n`, 'Connection: close\r\n\r\n');
      const body = JSON.stringify({ query: '{ regions { slug } }' });
      const query = inFlight(
        cmsUrl,
        `POST /graphql HTTP/1.1\r\nHost: ${new URL(cmsUrl).host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
        body.slice(10),
      );
      await Promise.all([page.sent, query.sent]);
      // Time for both servers to read what was sent: only then is the request theirs to answer.
      await sleep(200);
      const started = Date.now();
      process.kill(-(pnpm.pid ?? 0), signal);
      while (!((await refusesConnections(siteUrl)) && (await refusesConnections(cmsUrl)))) {
        assert.ok(Date.now() - started < 5_000, `both still accept connections 5 s after ${signal}`);
        await sleep(20);
      }
      page.finish();
      query.finish();
      const [pageAnswer, queryAnswer] = await Promise.all([page.answer, query.answer]);
      assert.match(pageAnswer, /^HTTP\/1\.1 200 /, pageAnswer.slice(0, 2_000));
      assert.match(queryAnswer, /^HTTP\/1\.1 200 [\s\S]*"slug":"altmark"/, queryAnswer.slice(0, 2_000));

      await Promise.race([closed, sleep(10_000)]);
      const elapsed = Date.now() - started;
      for (const [name, { pid }] of Object.entries(servers)) assert.equal(isRunning(pid), false, `${name} still runs ${elapsed} ms after ${signal}`);
      assert.ok(elapsed < 10_000);
      assert.match(output(), /\[cms\] +stopped \(0\)/);
      assert.match(output(), /\[web\] +stopped \(0\)/);
      return elapsed;
    };

    /** @type {NodeJS.Signals[]} */
    const signals = ['SIGTERM', 'SIGINT'];
    for (const signal of signals) {
      it(`stops both servers cleanly within 10 s of ${signal}, answering the requests in flight (${STOP_RUNS} times)`, async () => {
        const times = [];
        for (let run = 0; run < STOP_RUNS; run += 1) {
          const running = prod && prod.pnpm.exitCode === null && prod.pnpm.signalCode === null;
          if (!running) await startProd(['--no-build']);
          times.push(await stopWithRequestsInFlight(signal));
        }
        log(`${signal}: both stopped ${STOP_RUNS} times, after ${times.join(', ')} ms`);
      });
    }
  });
});
