import { BlockList, isIP } from 'node:net';
import type { Core } from '@strapi/strapi';
import { clientAddress } from './client-address';
import { isContentApi } from './public-api';

export type AdminNetworksConfig = {
  /** ADMIN_ALLOWED_NETWORKS: addresses and CIDR networks; empty: every network. */
  networks: string[];
};

/** What visitors, partner sites and probes reach from anywhere: the public API, media, health. */
const isPublic = (path: string) =>
  isContentApi(path) || path.startsWith('/uploads/') || ['/healthz', '/readyz', '/_health', '/favicon.ico'].includes(path);

const networkList = (entries: string[]) => {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix, rest] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!family || rest !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) {
      throw new Error(`ADMIN_ALLOWED_NETWORKS: "${entry}" is neither an IP address nor a network such as 192.168.10.0/24 or 2001:db8::/48.`);
    }
    list.addSubnet(address, bits, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
};

/**
 * The free edition of Strapi has no two-factor login, so the admin panel and every admin API
 * route (everything outside the public paths above: /admin, /content-manager, /upload, …) can
 * be kept to known networks. Refused before the body is read, so no upload from elsewhere
 * reaches the disk. The address is Koa's, so behind a proxy IS_PROXIED must be set.
 */
export default ((config: AdminNetworksConfig) => {
  const entries = config.networks.map((entry) => entry.trim()).filter(Boolean);
  const allowed = entries.length > 0 ? networkList(entries) : null;

  return async (ctx, next) => {
    const address = clientAddress(ctx);
    if (!allowed || isPublic(ctx.path) || allowed.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')) return next();
    ctx.status = 403;
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = {
      data: null,
      error: { status: 403, name: 'ForbiddenError', message: 'Der Verwaltungsbereich ist aus diesem Netz nicht erreichbar.', details: {} },
    };
  };
}) satisfies Core.MiddlewareFactory<AdminNetworksConfig>;
