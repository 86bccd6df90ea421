import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Core } from '@strapi/strapi';
import bodyParser from 'koa-bodyparser';
import { LRUCache } from 'lru-cache';
import { NOT_CACHEABLE } from '../http/cache-policy';
import { cacheControl, readsPublishedOnly } from '../http/public-api';
import { isRecord } from '../is-record';

type Context = Parameters<Core.MiddlewareHandler>[0];

export type GraphQLCacheConfig = {
  /** Memory for stored answers, in MB; 0 switches the cache off. */
  maxMb: number;
  /** How long an answer may be served at most, in seconds, should no write be noticed. */
  ttlSeconds: number;
};

type Answer = { body: Buffer; br: Buffer; gzip: Buffer; type: string; cacheControl: string };

/**
 * Writes that change what the public API answers: content, media, locales, and who may read
 * what. Other tables (admin sessions, the core store, proposals' audit trail) change often and
 * answer nothing here.
 */
const CHANGES_ANSWERS = /^(api::|plugin::upload\.|plugin::i18n\.|plugin::users-permissions\.(permission|role)$|admin::api-token)/;

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/** The request's operation and its caller: answers differ by token, never by anything else. */
const keyOf = (ctx: Context) => {
  let operation: string | undefined;
  if (ctx.method === 'GET') operation = ctx.querystring;
  else if (ctx.method === 'POST') {
    const body: unknown = ctx.request.body;
    if (isRecord(body) && typeof body.query === 'string') operation = JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null]);
  }
  if (!operation) return undefined;
  return createHash('sha256').update(ctx.get('authorization')).update('\0').update(operation).digest('base64url');
};

/**
 * A cache of complete GraphQL answers in this process's memory, kept also brotli- and
 * gzip-compressed for the clients that accept them. A list of 100 places with its
 * relations costs Strapi tens of milliseconds of CPU each time (bench/README.md); the answer is
 * the same for every caller with the same token until content changes.
 *
 * - Only answers of published data without errors are kept, per token (the preview token, which
 *   reads drafts, is never cached). A hit skips authentication, so a revoked token empties it.
 * - Any write that changes answers empties the cache when it happens, when its transaction
 *   commits (before Strapi emits the `entry.*` event that calls the website's webhook), and on
 *   that event and `media.*`, so that a read racing a write cannot keep the old version. An answer
 *   whose computation saw a write is not stored.
 * - Concurrent identical misses share one computation.
 * - Each CMS process has its own cache: with several, GRAPHQL_CACHE_TTL bounds how long one may
 *   serve what another has changed.
 */
export default ((config: GraphQLCacheConfig, { strapi }) => {
  if (!(config.maxMb > 0)) return (_ctx, next) => next();
  if (!(config.ttlSeconds > 0)) throw new Error('GRAPHQL_CACHE_TTL must be a positive number of seconds.');

  const answers = new LRUCache<string, Answer>({
    maxSize: config.maxMb * 1024 * 1024,
    sizeCalculation: (answer) => answer.body.length + answer.br.length + answer.gzip.length + 256,
    ttl: config.ttlSeconds * 1000,
  });
  let generation = 0;
  const changed = () => {
    generation += 1;
    answers.clear();
  };
  strapi.db.lifecycles.subscribe((event: { action: string; model: { uid: string } }) => {
    if (!WRITES.has(event.action) || !CHANGES_ANSWERS.test(event.model.uid)) return;
    changed();
    // Also the moment the write commits, ahead of Strapi's own commit callbacks, which emit the
    // events that call the website's webhook: a read between the write and its commit still
    // answers the old version, and the website must not be told before that answer is gone.
    if (strapi.db.inTransaction()) void strapi.db.transaction(({ onCommit }) => onCommit(changed));
  });
  strapi.eventHub.subscribe(async (name: string) => {
    if (name.startsWith('entry.') || name.startsWith('media.')) changed();
  });

  const parseBody = bodyParser();
  const pending = new Map<string, Promise<Answer | undefined>>();

  const reply = (ctx: Context, answer: Answer, state: 'HIT' | 'MISS') => {
    ctx.status = 200;
    ctx.type = answer.type;
    ctx.vary('Accept-Encoding');
    const encoding = ctx.acceptsEncodings('br', 'gzip', 'identity');
    if (encoding === 'br' || encoding === 'gzip') ctx.set('Content-Encoding', encoding);
    ctx.body = encoding === 'br' ? answer.br : encoding === 'gzip' ? answer.gzip : answer.body;
    ctx.set('Cache-Control', answer.cacheControl);
    ctx.set('X-CMS-Cache', state);
  };

  /** Runs the request and returns its answer when it may be kept. */
  const compute = async (ctx: Context, next: () => Promise<void>) => {
    const started = generation;
    await next();
    const errors = ctx.response.get('Cache-Control') === NOT_CACHEABLE;
    if (ctx.status !== 200 || errors || !readsPublishedOnly(ctx.state.auth) || typeof ctx.body !== 'string') return undefined;
    const body = Buffer.from(ctx.body);
    // Compressed once here rather than on every hit: a list of 100 places is 200 KB of JSON, 15 KB as brotli.
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const answer: Answer = { body, br, gzip: gzipSync(body), type: ctx.response.get('Content-Type'), cacheControl: cacheControl(ctx) };
    ctx.set('Cache-Control', answer.cacheControl);
    ctx.set('X-CMS-Cache', 'MISS');
    ctx.vary('Accept-Encoding');
    return generation === started ? answer : undefined;
  };

  return async (ctx, next) => {
    if (ctx.path !== '/graphql' || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();
    // The GraphQL route parses its body itself, with this same parser, which then sees it parsed.
    if (ctx.method === 'POST') await parseBody(ctx, async () => {});
    const key = keyOf(ctx);
    if (!key) return next();
    const stored = answers.get(key);
    if (stored) return reply(ctx, stored, 'HIT');

    const running = pending.get(key);
    if (running) {
      const shared = await running.catch(() => undefined);
      return shared ? reply(ctx, shared, 'HIT') : next();
    }
    const computing = compute(ctx, next);
    pending.set(key, computing);
    try {
      const answer = await computing;
      if (answer) answers.set(key, answer);
    } finally {
      pending.delete(key);
    }
  };
}) satisfies Core.MiddlewareFactory<GraphQLCacheConfig>;
