import type { Cookies } from '@sveltejs/kit';

type Options = Parameters<Cookies['set']>[2];

/**
 * SvelteKit's cookies as a load or action sees them, in memory: what the request sent, and every
 * cookie the code set or deleted, with its options, in order.
 */
export const memoryCookies = (sent: Record<string, string> = {}) => {
  const jar = new Map(Object.entries(sent));
  const written: { name: string; value: string; options: Options }[] = [];
  const cookies: Cookies = {
    get: (name) => jar.get(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name, value, options) => {
      jar.set(name, value);
      written.push({ name, value, options });
    },
    delete: (name, options) => {
      jar.delete(name);
      written.push({ name, value: '', options: { ...options, maxAge: 0 } });
    },
    serialize: (name, value) => `${name}=${value}`,
  };
  return { cookies, written };
};
