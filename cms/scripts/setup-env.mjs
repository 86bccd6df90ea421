#!/usr/bin/env node
// Creates cms/.env from .env.example on first setup, with every empty secret generated.
// An existing .env is kept; secrets missing from it are added.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const envPath = join(root, '.env');

const secret = (bytes = 32) => randomBytes(bytes).toString('base64url');
/** @type {Record<string, () => string>} */
const generators = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  BACKUP_ENCRYPTION_KEY: secret,
  SITE_TOKEN: () => randomBytes(48).toString('hex'),
  PREVIEW_TOKEN: () => randomBytes(48).toString('hex'),
  SUBMISSION_TOKEN: () => randomBytes(48).toString('hex'),
  EDIT_TOKEN: () => randomBytes(48).toString('hex'),
  REACH_TOKEN: () => randomBytes(48).toString('hex'),
  EDIT_LINK_SECRET: secret,
  REVALIDATE_SECRET: secret,
  PREVIEW_SECRET: secret,
  ADMIN_PASSWORD: () => `Kig-${secret(12)}-7`,
  REDAKTION_PASSWORD: () => `Red-${secret(12)}-7`,
  AUTOR_PASSWORD: () => `Aut-${secret(12)}-7`,
};

const lines = readFileSync(existsSync(envPath) ? envPath : join(root, '.env.example'), 'utf8').split('\n');
const present = new Set();
let changed = !existsSync(envPath);
const out = lines.map((line) => {
  const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
  if (!match) return line;
  present.add(match[1]);
  if (match[2] === '' && generators[match[1]]) {
    changed = true;
    return `${match[1]}=${generators[match[1]]()}`;
  }
  return line;
});
for (const [key, generate] of Object.entries(generators)) {
  if (!present.has(key)) {
    changed = true;
    out.push(`${key}=${generate()}`);
  }
}
if (changed) {
  writeFileSync(envPath, out.join('\n'), { mode: 0o600 });
  console.log(`cms/.env written with generated secrets.`);
}
// Strapi lets the process environment override .env, so the summary does too.
const env = {
  ...Object.fromEntries(out.map((l) => /^([A-Z0-9_]+)=(.*)$/.exec(l)).filter((m) => m !== null).map((m) => [m[1], m[2]])),
  ...process.env,
};
console.log(`Admin login for the demo: ${env.ADMIN_EMAIL} / ${env.ADMIN_PASSWORD} (used only while no admin user exists)`);
console.log(`Editors: Redaktion ${env.REDAKTION_EMAIL} / ${env.REDAKTION_PASSWORD}, Autor ${env.AUTOR_EMAIL} / ${env.AUTOR_PASSWORD}`);
console.log(`Admin panel: ${env.PUBLIC_URL || `http://localhost:${env.PORT || 1337}`}/admin`);
