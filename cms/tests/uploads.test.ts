import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from './support/admin';
import { startCms, type Cms } from './support/cms';
import { readJson, sendJson } from './support/json';

let cms: Cms;
let token: string;

beforeAll(async () => {
  cms = await startCms({ UPLOAD_MAX_MB: '1' });
  // Redaktion manages the media library; it is not a super admin.
  token = await adminToken(cms.url, 'redaktion@example.com', 'Test-Redaktion-2026');
});
afterAll(() => cms?.stop());

const picture = (format: 'png' | 'jpeg' | 'webp' | 'avif' | 'gif', width = 320, height = 200) =>
  sharp({ create: { width, height, channels: 3, background: '#3a7d44' } })
    .toFormat(format)
    .toBuffer();

type Part = { bytes: Buffer | string; name: string; type: string };
type Uploaded = { id: number; name: string; hash: string; url: string };
type Refusal = { error: { message: string; details: { errors: unknown[] } } };

/** The admin's upload: one file per request to /upload/files, several at once to /upload. */
const upload = async <T = Uploaded>(parts: Part[], path = parts.length > 1 ? '/upload' : '/upload/files') => {
  const form = new FormData();
  for (const part of parts) form.append('files', new Blob([part.bytes], { type: part.type }), part.name);
  const infos = parts.map((part) => JSON.stringify({ name: part.name, alternativeText: 'Testbild', caption: null, folder: null }));
  if (path === '/upload/files') form.append('fileInfo', infos[0]);
  else for (const info of infos) form.append('fileInfo', info);
  const response = await fetch(`${cms.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: await readJson<T>(response) };
};

const files = () => cms.strapi.db.query('plugin::upload.file');
const storedNames = () => readdirSync(join(process.env.PUBLIC_DIR!, 'uploads'));
const unique = () => randomBytes(4).toString('hex');

/** Uploads that must be refused: nothing may reach the database or the disk. */
const expectRefused = async (parts: Part[], status: number, message: RegExp, path?: string) => {
  const before = await files().count();
  const { status: answered, body } = await upload<Refusal>(parts, path);
  expect(answered).toBe(status);
  expect(body.error.message).toMatch(message);
  expect(await files().count()).toBe(before);
  for (const part of parts) {
    const marker = part.name.replace(/\..*$/, '').toLowerCase();
    expect(storedNames().filter((name) => name.toLowerCase().includes(marker))).toEqual([]);
  }
  return body;
};

const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- harmless looking -->
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>`;

describe('the media library takes images only', () => {
  it('takes JPEG, PNG, WebP, AVIF (stored as WebP, which Strapi can resize) and GIF, recognised by their content', async () => {
    for (const [format, declared, mime, ext] of [
      ['png', 'image/png', 'image/png', '.png'],
      ['jpeg', 'image/jpeg', 'image/jpeg', '.jpg'],
      ['webp', 'image/webp', 'image/webp', '.webp'],
      ['avif', 'image/avif', 'image/webp', '.webp'],
      ['gif', 'image/gif', 'image/gif', '.gif'],
    ] as const) {
      const marker = `bild-${unique()}`;
      const { status, body } = await upload([{ bytes: await picture(format), name: `${marker}.${format}`, type: declared }]);
      expect(status, format).toBe(201);
      expect(body, format).toMatchObject({ name: `${marker}${ext}`, mime, ext, width: 320, height: 200, formats: { thumbnail: { mime } } });
      const served = await fetch(`${cms.url}${body.url}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe(mime);
    }
  });

  it('stores a picture under the type of its content, whatever its name or declared type says', async () => {
    const marker = `foto-${unique()}`;
    const { status, body } = await upload([{ bytes: await picture('jpeg'), name: `${marker}.png`, type: 'application/octet-stream' }]);
    expect(status).toBe(201);
    expect(body).toMatchObject({ name: `${marker}.jpg`, mime: 'image/jpeg', ext: '.jpg' });
    expect(body.url).toMatch(/\.jpg$/);
  });

  it('refuses SVG, with or without a script, whatever it is called', async () => {
    for (const [name, type] of [
      [`skript-${unique()}.svg`, 'image/svg+xml'],
      [`getarnt-${unique()}.png`, 'image/png'],
    ]) {
      await expectRefused([{ bytes: SVG, name, type }], 400, /SVG-Dateien sind nicht erlaubt, weil sie Skripte enthalten können/);
    }
    await expectRefused([{ bytes: '<svg xmlns="http://www.w3.org/2000/svg"/>', name: `leer-${unique()}.svg`, type: 'image/svg+xml' }], 400, /SVG-Dateien/);
  });

  it('refuses an HTML page named and declared as a PNG, and other files', async () => {
    const html = '<!doctype html><html><body><script>fetch("/admin/users/me")</script></body></html>';
    const body = await expectRefused([{ bytes: html, name: `seite-${unique()}.png`, type: 'image/png' }], 400, /ist kein erlaubtes Bild: Erlaubt sind JPEG, PNG, WebP, AVIF und GIF\. Geprüft wird der Inhalt der Datei, nicht ihr Name\./);
    expect(body.error).toMatchObject({ name: 'ValidationError', details: { errors: [{ path: [expect.stringMatching(/^seite-/)], message: expect.any(String) }] } });
    await expectRefused([{ bytes: html, name: `seite-${unique()}.html`, type: 'text/html' }], 400, /kein erlaubtes Bild/);
    await expectRefused([{ bytes: '%PDF-1.7\n', name: `dokument-${unique()}.pdf`, type: 'application/pdf' }], 400, /kein erlaubtes Bild/);
    const truncated = (await picture('png')).subarray(0, 60);
    await expectRefused([{ bytes: truncated, name: `kaputt-${unique()}.png`, type: 'image/png' }], 400, /lässt sich nicht als Bild lesen/);
  });

  it('refuses a whole request, naming each bad file, rather than storing part of it', async () => {
    const good = `gut-${unique()}.png`;
    const body = await expectRefused(
      [
        { bytes: await picture('png'), name: good, type: 'image/png' },
        { bytes: SVG, name: `schlecht-${unique()}.svg`, type: 'image/svg+xml' },
      ],
      400,
      /SVG-Dateien/,
    );
    expect(body.error.details.errors).toHaveLength(1);
  });

  it('refuses a file over UPLOAD_MAX_MB, in German, and one of more than 40 megapixels', async () => {
    // sharp's type asks for a background, which it ignores where it makes noise.
    const noise = await sharp({ create: { width: 900, height: 700, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .png()
      .toBuffer();
    expect(noise.length).toBeGreaterThan(1024 * 1024);
    await expectRefused([{ bytes: noise, name: `gross-${unique()}.png`, type: 'image/png' }], 413, /^Die Datei ist zu groß: Ein Upload darf höchstens 1 MB haben\.$/);
    const huge = await sharp({ create: { width: 8000, height: 5100, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.length).toBeLessThan(1024 * 1024);
    await expectRefused([{ bytes: huge, name: `riesig-${unique()}.png`, type: 'image/png' }], 400, /mit 8000 × 5100 Pixeln zu groß: höchstens 40 Megapixel/);
  });
});

describe('file names', () => {
  it('are normalised: lower-case ASCII, umlauts transliterated, no path, the content\'s extension', async () => {
    const cases = [
      ['Schöne Scheune (Sommer) 2024.PNG', 'schoene-scheune-sommer-2024.png'],
      ['../../etc/Übersicht.png', 'uebersicht.png'],
      ['C:\\Bilder\\Straße_am_Fluß.png', 'strasse-am-fluss.png'],
      ['Café Noël — été.png', 'cafe-noel-ete.png'],
      ['<img src=x onerror=alert(1)>.png', 'img-src-x-onerror-alert-1.png'],
      ['日本.png', 'bild.png'],
    ];
    for (const [given, stored] of cases) {
      const { status, body } = await upload([{ bytes: await picture('png'), name: given, type: 'image/png' }]);
      expect(status, given).toBe(201);
      expect(body.name, given).toBe(stored);
      expect(body.hash, given).toMatch(new RegExp(`^${stored.replace(/\.png$/, '').replace(/-/g, '_')}_[0-9a-f]{10}$`));
      expect(body.url, given).toBe(`/uploads/${body.hash}.png`);
    }
  });

  it('are normalised when an editor renames a file, and a replacement must be an image too', async () => {
    const { body: created } = await upload([{ bytes: await picture('png'), name: `alt-${unique()}.png`, type: 'image/png' }]);
    const rename = await sendJson<Uploaded>(
      `${cms.url}/upload/files/${created.id}`,
      'PUT',
      { fileInfo: { name: 'Neue Ansicht Ä Ö.jpeg', alternativeText: 'Testbild' } },
      { authorization: `Bearer ${token}` },
    );
    expect(rename.status).toBe(200);
    expect(rename.body?.name).toBe('neue-ansicht-ae-oe.png');

    const before = await files().findOne({ where: { id: created.id } });
    await expectRefused([{ bytes: SVG, name: `ersatz-${unique()}.svg`, type: 'image/svg+xml' }], 400, /SVG-Dateien/, `/upload/files/${created.id}/replace`);
    expect(await files().findOne({ where: { id: created.id } })).toEqual(before);
  });
});
