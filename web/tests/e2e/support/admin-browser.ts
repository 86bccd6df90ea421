import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordPolicyViolations } from './browser';

/** The guide for editors shows these screenshots; every run takes them anew. */
const guideDir = resolve(__dirname, '..', '..', '..', '..', 'docs', 'redaktion');
mkdirSync(guideDir, { recursive: true });
export const guideScreenshot = (page: Page, name: string) => page.screenshot({ path: join(guideDir, `${name}.png`) });

/**
 * A German admin session for one editor, its Content-Security-Policy violations collected in
 * `violations`. Each login counts against the admin's rate limit.
 */
export const logIn = async (
  browser: Browser,
  cmsUrl: string,
  editor: { email: string; password: string },
  { violations, shot }: { violations: string[]; shot?: string },
) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'de-DE', reducedMotion: 'reduce' });
  await recordPolicyViolations(context, violations);
  await context.addInitScript(() => localStorage.setItem('strapi-admin-language', 'de'));
  const page = await context.newPage();
  await page.goto(`${cmsUrl}/admin`);
  await page.fill('input[name=email]', editor.email);
  await page.fill('input[name=password]', editor.password);
  if (shot) await guideScreenshot(page, shot);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin\/?$/);
  // Strapi's announcement of its new media library would cover every screenshot; it comes
  // a moment after the page, and not at all once dismissed.
  await page
    .getByRole('button', { name: 'Close the banner.' })
    .click({ timeout: 5_000 })
    .catch(() => undefined);
  return { context, page };
};

/**
 * zod 4 in the admin bundle probes once per page load whether it may compile parsers
 * (`try { new Function('') } catch {}`) and, refused, parses without: the policy keeps
 * 'unsafe-eval' out, and the admin works without it.
 */
const ZOD_PROBE = /^script-src refused eval \(http:\/\/127\.0\.0\.1:\d+\/admin\/strapi-[\w-]+\.js:\d+\) $/;
export const violationsThatMatter = (violations: string[]) => violations.filter((violation) => !ZOD_PROBE.test(violation));

/** A real photo-like picture to upload: an SVG scene rendered by the browser itself. */
export const pictureOf = async (context: BrowserContext) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.setContent(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" style="display:block">
    <rect width="1200" height="520" fill="#bfe0f2"/><rect y="520" width="1200" height="280" fill="#6a9a4b"/>
    <rect x="380" y="330" width="440" height="260" fill="#8a4b2a"/><path d="M340 340 600 170 860 340Z" fill="#3c3c3c"/>
    <rect x="540" y="440" width="120" height="150" fill="#2b2b2b"/><circle cx="1020" cy="130" r="60" fill="#f4d35e"/></svg>`);
  const buffer = await page.screenshot({ type: 'jpeg', quality: 85 });
  await page.close();
  return buffer;
};
