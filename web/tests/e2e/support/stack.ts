import { join } from 'node:path';
import { freePort, stop } from '../../../../scripts/lib/processes.mjs';
import { startCms } from './cms-server';
import { startSite } from './site-server';
import { ADMIN, cmsEnv, newSecrets, siteEnv } from './stack-env';

/** The site's settings in every stack of the suite, which the tests rely on. */
const SITE_SETTINGS = {
  CMS_TIMEOUT_MS: '2000',
  PROPOSAL_MIN_FILL_MS: '3000',
  PROPOSAL_RATE_LIMIT: '5',
  PROPOSAL_RATE_WINDOW_MS: '3600000',
  // The proposal tests send each browser as its own client address, so that the rate limit one
  // test uses up never refuses another's proposals (and the proxy setting is tested).
  ADDRESS_HEADER: 'x-forwarded-for',
  SHOW_SAMPLES: 'true',
  // Long enough that only the CMS's webhook brings a change onto a page or an answer loaded
  // earlier in the run, whichever files ran before.
  CACHE_TTL_MS: '600000',
  PAGE_CACHE_TTL_MS: '600000',
  // The reach counts reach the CMS within a second, so that a test may read them soon after a visit.
  REACH_FLUSH_MS: '500',
};

/** A session of the demo admin, or of another admin user, on the CMS's admin API (the admin rate-limits logins). */
export const adminLogin = async (cmsUrl: string, user: { email: string; password: string } = ADMIN) => {
  const response = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) });
  if (response.status !== 200) throw new Error(`Admin login failed with ${response.status}`);
  // The shape of Strapi's admin login answer, which its admin panel reads the same way.
  return ((await response.json()) as { data: { token: string } }).data.token;
};

export type StackOptions = {
  serveAdminPanel?: boolean;
  /** The CMS's settings that differ from the suite's, e.g. a mail server. */
  cmsSettings?: Record<string, string>;
};

/**
 * A CMS on the seeded SQLite file `dir`/cms.db and a server of the built site in front of it, on
 * free ports, with secrets of their own; their logs go to `dir`/cms.log and site.log.
 */
export const startStack = async ({ dir, siteDir, publicDir, serveAdminPanel = false, cmsSettings = {} }: { dir: string; siteDir: string; publicDir: string } & StackOptions) => {
  const [cmsPort, sitePort] = [await freePort(), await freePort()];
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const secrets = newSecrets();
  const cmsLog = join(dir, 'cms.log');
  const siteLog = join(dir, 'site.log');
  const database: { DATABASE_CLIENT: 'sqlite'; DATABASE_FILENAME: string } = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'cms.db') };
  const cms = await startCms({ ...cmsEnv({ port: cmsPort, siteUrl, publicDir, database, secrets }), ...cmsSettings }, cmsLog, { serveAdminPanel });
  let site: Awaited<ReturnType<typeof startSite>> | undefined;
  try {
    site = await startSite({ siteDir, env: { ...siteEnv({ cmsUrl, siteUrl, secrets }), ...SITE_SETTINGS }, logFile: siteLog, port: sitePort });
    const adminToken = await adminLogin(cmsUrl);
    const running = site;
    const stopStack = async () => {
      await Promise.all([running.stop(), stop(cms)]);
    };
    return { cmsUrl, siteUrl, secrets, adminToken, cms, cmsLog, siteLog, stop: stopStack };
  } catch (failure) {
    await Promise.all([site?.stop(), stop(cms)]);
    throw failure;
  }
};

export type Stack = Awaited<ReturnType<typeof startStack>>;
