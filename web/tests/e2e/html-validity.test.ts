import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { fillProposal, openProposalForm, validProposal, waitForFillTime } from './support/proposal';
import { seed, seedNoticeId } from './support/site';

const siteUrl = inject('siteUrl');
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const article = seed<{ slug: string; isSample: boolean }[]>('articles').find((a) => !a.isSample)!;
const notice = await seedNoticeId(inject('cmsUrl'), 'buergermeisterhof');

/** A page of every type the suite visits, in both languages where the site has both. */
const pages: { name: string; path: string; status: number }[] = [
  ...['', '/en'].flatMap((prefix) => {
    const lang = prefix ? 'en' : 'de';
    return [
      { name: `home-${lang}`, path: prefix || '/', status: 200 },
      { name: `orte-${lang}`, path: `${prefix}/orte`, status: 200 },
      { name: `orte-gefiltert-${lang}`, path: `${prefix}/orte?region=altmark&thema=wohnen-bauen&q=hof`, status: 200 },
      { name: `orte-karte-${lang}`, path: `${prefix}/orte?ansicht=karte`, status: 200 },
      { name: `ort-${lang}`, path: `${prefix}/orte/buergermeisterhof`, status: 200 },
      { name: `region-${lang}`, path: `${prefix}/regionen/altmark`, status: 200 },
      { name: `treffen-${lang}`, path: `${prefix}/treffen`, status: 200 },
      { name: `treffen-undatiert-${lang}`, path: `${prefix}/treffen/netzwerktreffen-stendal`, status: 200 },
      { name: `treffen-datiert-${lang}`, path: `${prefix}/treffen/netzwerktreffen-kalbe-2027`, status: 200 },
      { name: `termine-${lang}`, path: `${prefix}/termine`, status: 200 },
      { name: `termine-gefiltert-${lang}`, path: `${prefix}/termine?region=sachsen-anhalt&monat=2027-06&art=open_day`, status: 200 },
      { name: `termine-leer-${lang}`, path: `${prefix}/termine?thema=wohnen-bauen&art=market`, status: 200 },
      { name: `termine-archiv-${lang}`, path: `${prefix}/termine/archiv`, status: 200 },
      { name: `termine-ungueltig-${lang}`, path: `${prefix}/termine?monat=2027-13`, status: 400 },
      { name: `termin-${lang}`, path: `${prefix}/termine/werkstattwochenende-werkhalle-kloetze`, status: 200 },
      { name: `termin-ganztags-${lang}`, path: `${prefix}/termine/probewohnen-vierseithof-bismark`, status: 200 },
      { name: `ort-mit-terminen-${lang}`, path: `${prefix}/orte/alte-molkerei-kalbe`, status: 200 },
      { name: `gesucht-${lang}`, path: `${prefix}/gesucht`, status: 200 },
      { name: `gesucht-gefiltert-${lang}`, path: `${prefix}/gesucht?art=investors&region=sachsen-anhalt&thema=wohnen-bauen`, status: 200 },
      { name: `gesucht-leer-${lang}`, path: `${prefix}/gesucht?art=investors&region=brandenburg`, status: 200 },
      { name: `gesucht-ungueltig-${lang}`, path: `${prefix}/gesucht?art=gesucht%2Cangeboten`, status: 400 },
      { name: `anzeige-${lang}`, path: `${prefix}/gesucht/${notice}`, status: 200 },
      { name: `anzeige-unbekannt-${lang}`, path: `${prefix}/gesucht/abcdefghijklmnopqrstuvwx`, status: 404 },
      { name: `menschen-${lang}`, path: `${prefix}/menschen`, status: 200 },
      { name: `menschen-ungueltig-${lang}`, path: `${prefix}/menschen?seite=abc`, status: 400 },
      { name: `mensch-${lang}`, path: `${prefix}/menschen/beispiel-marta-kruse`, status: 200 },
      { name: `mensch-unbekannt-${lang}`, path: `${prefix}/menschen/gibt-es-nicht`, status: 404 },
      { name: `neu-${lang}`, path: `${prefix}/neu`, status: 200 },
      { name: `neu-ungueltig-${lang}`, path: `${prefix}/neu?monat=2026-13`, status: 400 },
      { name: `partner-${lang}`, path: `${prefix}/partner`, status: 200 },
      { name: `partner-detail-${lang}`, path: `${prefix}/partner/daily-am-dom`, status: 200 },
      { name: `beitraege-${lang}`, path: `${prefix}/beitraege`, status: 200 },
      { name: `beitrag-${lang}`, path: `${prefix}/beitraege/${article.slug}`, status: 200 },
      { name: `ueber-${lang}`, path: `${prefix}/ueber`, status: 200 },
      { name: `impressum-${lang}`, path: `${prefix}/impressum`, status: 200 },
      { name: `datenschutz-${lang}`, path: `${prefix}/datenschutz`, status: 200 },
      { name: `barrierefreiheit-${lang}`, path: `${prefix}/barrierefreiheit`, status: 200 },
      { name: `mitmachen-${lang}`, path: `${prefix}/mitmachen`, status: 200 },
      { name: `karte-${lang}`, path: `${prefix}/karte`, status: 200 },
      { name: `welcher-ort-${lang}`, path: `${prefix}/welcher-ort`, status: 200 },
      { name: `welcher-ort-frage-4-${lang}`, path: `${prefix}/welcher-ort?absicht=wohnen&phase=active&von=berlin&schritt=4`, status: 200 },
      { name: `welcher-ort-ungueltig-${lang}`, path: `${prefix}/welcher-ort?schritt=9`, status: 400 },
      { name: `daten-${lang}`, path: `${prefix}/daten`, status: 200 },
      { name: `nicht-gefunden-${lang}`, path: `${prefix}/orte/gibt-es-nicht`, status: 404 },
      { name: `ungueltiger-filter-${lang}`, path: `${prefix}/orte?seite=abc`, status: 400 },
    ];
  }),
  { name: 'ohne-route', path: '/gibt-es-nicht/wirklich-nicht', status: 404 },
  { name: 'vorschau-ungueltig', path: '/orte/buergermeisterhof?preview=x.y', status: 401 },
  { name: 'widget-de', path: '/einbetten/orte?region=altmark&limit=5', status: 200 },
  { name: 'widget-en', path: '/einbetten/orte?region=altmark&lang=en', status: 200 },
];

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; lastColumn?: number; message: string; extract?: string };

/**
 * The Nu checker's CSS parser predates container queries (`container-type`, `cqi` units), which
 * the map uses on purpose (MapView.svelte): a CSS complaint about a declaration using them is the
 * checker's gap, not an error of the page.
 */
const isUnknownContainerQuery = (message: VnuMessage, html: string) => {
  if (!message.message.startsWith('CSS:') || !message.lastLine || !message.lastColumn) return false;
  const line = html.split('\n')[message.lastLine - 1] ?? '';
  const before = line.slice(0, message.lastColumn);
  const declaration = line.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('{')) + 1, message.lastColumn);
  return /container|\dcq(?:i|b|w|h|min|max)\b/.test(declaration);
};

const dir = mkdtempSync(join(tmpdir(), 'kig-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fetchPage = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  return { status: response.status, html: await response.text() };
};

/** The page a visitor without JavaScript gets back for a proposal with mistakes: the form with its errors. */
const refusedProposal = async (path: string) => {
  const browser = await launchBrowser();
  try {
    const { page, openedAt } = await openProposalForm(browser, `${siteUrl}${path}`, { javaScript: false });
    // Each value is sent back as typed, an address without its scheme and a broken email included.
    const typed = { ...validProposal('Hof mit Fehlern'), town: ' ', stage: '', themes: [], description: 'x'.repeat(1001), contactEmail: 'jana@' };
    await fillProposal(page, typed);
    await waitForFillTime(openedAt);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form.proposal button[type="submit"]').click(),
    ]);
    return { status: response.status(), html: await response.text() };
  } finally {
    await browser.close();
  }
};

describe('the HTML of every page type', () => {
  it('passes the W3C Nu Html Checker', { timeout: 180_000 }, async () => {
    const files = new Map<string, { label: string; html: string }>();
    const keep = (name: string, label: string, html: string) => {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      files.set(file, { label, html });
    };
    for (const page of pages) {
      const { status, html } = await fetchPage(page.path);
      expect(status, `GET ${page.path}`).toBe(page.status);
      keep(page.name, page.path, html);
    }
    for (const path of ['/mitmachen', '/en/mitmachen']) {
      const { status, html } = await refusedProposal(path);
      expect(status, `POST ${path}`).toBe(400);
      keep(`abgelehnt${path.replaceAll('/', '-')}`, `POST ${path}`, html);
    }

    // One run over all pages: the checker's start-up (about 2 s of JVM) dominates a single page.
    const run = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files.keys()], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages }: { messages: VnuMessage[] } = JSON.parse(run.stderr);
    const problems = messages
      .filter((message) => message.type === 'error' || message.subType === 'warning' || message.type === 'non-document-error')
      .flatMap((message) => {
        const page = files.get(message.url.replace(/^file:/, ''));
        if (page && isUnknownContainerQuery(message, page.html)) return [];
        return [`${page?.label ?? message.url}:${message.lastLine ?? '?'} ${message.message}${message.extract ? `\n    ${message.extract.trim()}` : ''}`];
      });
    expect(problems.join('\n')).toBe('');
    expect(files.size).toBe(pages.length + 2);
  });
});
