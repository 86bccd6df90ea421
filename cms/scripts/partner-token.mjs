#!/usr/bin/env node
// `pnpm partner-token "<partner name>" [--rate N]`: creates a read-only API token for a partner
// site in the configured database and prints its secret.
import { parseArgs } from 'node:util';
import { messageOf } from './errors.mjs';
import { compile, compiledModule, loadStrapi, stopStrapi } from './strapi-app.mjs';

const usage = 'Usage: pnpm partner-token "<partner name>" [--rate <requests per minute>]';
let name;
let rate;
try {
  const { values, positionals } = parseArgs({ options: { rate: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error('Give the partner name as one argument, quoted if it has spaces.');
  name = positionals[0];
  if (values.rate !== undefined) {
    rate = Number(values.rate);
    if (!Number.isInteger(rate) || rate < 1) throw new Error('--rate is a whole number of requests per minute, at least 1.');
  }
} catch (error) {
  console.error(`${messageOf(error)}\n${usage}`);
  process.exit(2);
}

process.env.SEED_ON_EMPTY = 'false';
await compile();
const strapi = await loadStrapi();
try {
  /** @type {typeof import('../src/access/partner-token')} */
  const { createPartnerToken } = compiledModule('access/partner-token');
  const token = await createPartnerToken(strapi, { name, rate });
  const limit = token.rate ? `${token.rate} requests per minute` : `PARTNER_RATE_LIMIT requests per minute (${process.env.PARTNER_RATE_LIMIT || 600})`;
  console.log(`\nAPI token "${token.name}" (id ${token.id}): reads published content only, at most ${limit}.`);
  console.log(`Hand this secret to the partner over a private channel; they send it as "Authorization: Bearer <secret>":\n\n${token.accessKey}\n`);
} catch (error) {
  console.error(messageOf(error));
  process.exitCode = 1;
} finally {
  await stopStrapi(strapi);
}
