import { inject } from 'vitest';
import { cleanEnv, freePort, httpOk, start, stop, waitFor } from '../../../../scripts/lib/processes.mjs';
import { SITE_ENV, siteServerArgs } from '../../../../scripts/lib/site-process.mjs';
import { echo } from './log';

/** A server of the built site in `siteDir`, with the given settings, once it answers. Its stdout goes to `logFile`, if given. */
export const startSite = async ({ siteDir, env, logFile, port }: { siteDir: string; env: Record<string, string>; logFile?: string; port?: number }) => {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site = start('site', process.execPath, siteServerArgs(), {
    cwd: siteDir,
    env: { ...cleanEnv(), ...SITE_ENV, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdoutFile: logFile,
    echo,
  });
  await waitFor(site, `the site at ${url}`, httpOk(`${url}/healthz`), 30_000);
  return { url, pid: site.process.pid ?? 0, stop: () => stop(site) };
};

/** Another server of the suite's built site, with the given settings. */
export const startSiteServer = (env: Record<string, string>, logFile?: string, port?: number) => startSite({ siteDir: inject('siteDir'), env, logFile, port });
