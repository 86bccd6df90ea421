import type { Core } from '@strapi/strapi';
import { logsAsJson } from '../src/logging/format';
import cronTasks from './cron-tasks';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy, the client's address is the last one it adds to X-Forwarded-For
  // (addresses further left are whatever the client sent). The rate limits count by it.
  proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_COUNT', 1) },
  dirs: {
    public: env('PUBLIC_DIR', 'public'),
  },
  // Strapi's startup banner is a table printed with console.log: no JSON line.
  logger: { startup: { enabled: !logsAsJson(env) } },
  app: {
    keys: env.array('APP_KEYS'),
  },
  cron: {
    enabled: true,
    tasks: cronTasks,
  },
});
