import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { CHROMIUM, isLocal, OFFLINE_FLAGS } from '../../../../scripts/testing/offline-chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const screenshotDir = resolve(here, '..', 'screenshots');

/**
 * Debian's chromium. The resolver rules make every host but the local test servers unresolvable,
 * so a third-party request cannot succeed, and it still shows up in the request log. `webGl: true`
 * allows SwiftShader's software WebGL; `webGl: false` switches WebGL off for certain, since some
 * chromium builds still offer it with --disable-gpu.
 */
export const launchBrowser = ({ webGl }: { webGl?: boolean } = {}) =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [...(webGl === true ? ['--enable-unsafe-swiftshader'] : webGl === false ? ['--disable-webgl'] : []), '--headless', ...OFFLINE_FLAGS],
  });

/** Every request URL any page opened with `openPage` made, in this test file. */
export const allRequests: string[] = [];

/** The requests that went anywhere but 127.0.0.1/localhost. */
export const offSiteRequests = (urls: string[] = allRequests) => urls.filter((url) => !isLocal(url));

export type OpenedPage = {
  page: Page;
  context: BrowserContext;
  /** The response of the first navigation. */
  response: Response | null;
  /** Every request URL of this page's context, including later navigations. */
  requests: string[];
  /** Uncaught JavaScript errors on the page. */
  errors: string[];
  /**
   * What the browser refused under the Content-Security-Policy (its `securitypolicyviolation`
   * events, in every frame and across navigations) and any complaint about a policy header.
   */
  policyViolations: string[];
  close: () => Promise<void>;
};

/** Every Content-Security-Policy (and Permissions-Policy) violation in the context's pages, as it happens. */
export const recordPolicyViolations = async (context: BrowserContext, violations: string[] = []) => {
  await context.exposeBinding('__reportPolicyViolation', (_source, violation: string) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __reportPolicyViolation: (violation: string) => void }).__reportPolicyViolation;
        report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
};

/** Opens `url` in a fresh context (own cookies and cache), recording every request it makes. */
export const openPage = async (
  browser: Browser,
  url: string,
  { javaScript = true, width = 1280, height = 900 }: { javaScript?: boolean; width?: number; height?: number } = {},
): Promise<OpenedPage> => {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width, height },
    locale: 'de-DE',
    reducedMotion: 'reduce',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const policyViolations = await recordPolicyViolations(context);
  context.on('request', (request) => {
    requests.push(request.url());
    allRequests.push(request.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, context, response, requests, errors, policyViolations, close: () => context.close() };
};

/** Clicks and waits for the full document navigation that follows, as a browser without JavaScript does. */
export const navigate = async (page: Page, click: () => Promise<void>): Promise<Response> => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().resourceType() === 'document' && r.request().isNavigationRequest()),
    click(),
  ]);
  await page.waitForLoadState('load');
  return response;
};

/**
 * Waits until the client-side app has most likely hydrated: SvelteKit starts after its modules
 * load, so once the network is idle event handlers are attached.
 */
export const settle = (page: Page) => page.waitForLoadState('networkidle');

export type AxeViolation = { id: string; impact: string; help: string; helpUrl: string; nodes: { target: string; html: string; summary: string }[] };

// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
// govern: a script element (addScriptTag) would be refused like any injected script.
const axeSource = readFileSync(require.resolve('axe-core'), 'utf8');

/** Runs axe-core's WCAG 2.1 A/AA rules and returns the serious and critical violations. */
export const seriousA11yViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // axe is the global the injected script defines.
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; html: string; failureSummary?: string }[];
    }[];
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact as string,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html.slice(0, 300),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 400),
      })),
    }));
};

/** A readable report of violations for an assertion message. */
export const formatViolations = (violations: AxeViolation[]) =>
  violations
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target}\n      ${node.html}\n      ${node.summary}`).join('\n'),
    )
    .join('\n');

/**
 * Presses Tab `count` times and lists the tab stops whose focus cannot be seen. After each Tab the
 * element focused before is compared with how it looked while focused: its own outline, shadow,
 * colours or underline, or the outline or shadow of a close ancestor (cards outline themselves with
 * `:has(a:focus-visible)`) must have changed.
 */
export const tabStopsWithoutVisibleFocus = async (page: Page, count: number) => {
  const invisible: string[] = [];
  await page.evaluate(() => delete (window as unknown as { __focusLog?: unknown }).__focusLog);
  for (let i = 0; i <= count; i++) {
    await page.keyboard.press('Tab');
    const previous = await page.evaluate(() => {
      const look = (element: Element) => {
        const own = getComputedStyle(element);
        const chain = [
          [own.outlineStyle, own.outlineWidth, own.outlineColor, own.boxShadow, own.backgroundColor, own.color, own.borderColor, own.textDecorationLine].join('|'),
        ];
        let ancestor = element.parentElement;
        for (let depth = 0; ancestor && depth < 4; depth++, ancestor = ancestor.parentElement) {
          const style = getComputedStyle(ancestor);
          chain.push([style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join('|'));
        }
        return chain;
      };
      const state = window as unknown as { __focusLog?: { element: Element; focused: string[]; label: string } };
      let result: string | null = null;
      if (state.__focusLog) {
        const { element, focused, label } = state.__focusLog;
        const unfocused = look(element);
        if (focused.every((value, index) => value === unfocused[index])) result = label;
      }
      const active = document.activeElement;
      state.__focusLog =
        active && active !== document.body
          ? {
              element: active,
              focused: look(active),
              label: `<${active.tagName.toLowerCase()} href="${active.getAttribute('href')}"> ${(active.textContent ?? '').trim().slice(0, 50)}`,
            }
          : undefined;
      return result;
    });
    if (previous) invisible.push(`${i}: ${previous}`);
  }
  return invisible;
};

/** Saves a full-page screenshot to tests/e2e/screenshots/<name>-<width>.png. */
export const screenshot = async (page: Page, name: string) => {
  mkdirSync(screenshotDir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const path = join(screenshotDir, `${name}-${width}.png`);
  // A full-page screenshot does not scroll, so lazy images below the fold would stay empty.
  await page.evaluate(async () => {
    const images = [...document.querySelectorAll('img')];
    for (const image of images) image.loading = 'eager';
    await Promise.race([
      Promise.all(images.map((image) => (image.complete ? null : new Promise((done) => {
                image.addEventListener('load', done, { once: true });
                image.addEventListener('error', done, { once: true });
              })))),
      new Promise((done) => setTimeout(done, 3_000)),
    ]);
  });
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
};
