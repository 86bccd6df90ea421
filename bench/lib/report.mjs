// The Markdown table of a bench run, with the issue's targets checked against it.

/**
 * A scenario's result; one run in interleaved rounds is its median round, with `rounds` beside it.
 * @typedef {import('./load.mjs').Measurement & {
 *   name: string, kind: string, page?: string, path: string, peakRssMb: Record<string, number>, ratioToStatic?: number,
 *   medianRound?: number, rounds?: Pick<import('./load.mjs').Measurement, 'requestsPerSecond' | 'latencyMs' | 'errors'>[],
 * }} ScenarioResult
 * @typedef {import('./load.mjs').Measurement & {
 *   publishes: import('./publish-under-load.mjs').Publish[], cachedPages: number | null, pages: number, peakRssMb: Record<string, number>,
 * }} PublishingResult
 * @typedef {{
 *   date: string, commit: string, uncommittedChanges: boolean,
 *   machine: { cpus: number, cpuModel?: string, memoryGb: number, node: string },
 *   settings: { db: string, duration: number, connections: number, warmup: number, rounds: number, publish: { duration: number, interval: number }, placeCount: number },
 *   scenarios: ScenarioResult[], publishing: PublishingResult,
 *   reach: import('./reach-cost.mjs').ReachCost & { counted: number, sent: number },
 *   memory: { peakRssMb: Record<string, number>, publishingPeakRssMb: Record<string, number>, cachedPages: number | null, pages: number },
 *   pageWeight: import('../page-weight.mjs').PageWeight[],
 *   lighthouse: import('../lighthouse.mjs').LighthouseResult[], durationSeconds: number,
 * }} Report
 */

/** @param {number | null | undefined} bytes */
const kb = (bytes) => (bytes === undefined || bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
/** @param {number | null | undefined} value */
const ms = (value) => (value === null || value === undefined ? '–' : `${value} ms`);
/** @param {boolean} ok */
const verdict = (ok) => (ok ? 'met' : '**missed**');
/** @param {number} share */
const percent = (share) => `${Math.round(share * 100)} %`;
/** @param {Record<string, number>} peaks */
const rssList = (peaks) => Object.entries(peaks).map(([name, mb]) => `${name} ${mb}`).join(', ');
/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
/** @param {number[]} values */
const most = (values) => (values.length ? Math.max(...values) : null);
/** @param {Record<number, number>} statuses */
const failedAnswers = (statuses) => Object.entries(statuses).reduce((sum, [status, n]) => sum + (Number(status) >= 400 ? n : 0), 0);

/**
 * The times until visible of the changes that became visible.
 * @param {PublishingResult} publishing
 */
const visibleTimes = (publishing) => publishing.publishes.map((p) => p.visibleMs).filter((v) => v !== null);
/**
 * The admin round trips of the publishes that succeeded.
 * @param {PublishingResult} publishing
 */
const adminTimes = (publishing) => publishing.publishes.map((p) => p.adminMs).filter((v) => v !== null);

/**
 * Each target of the issue, measured or marked as not measured in this run.
 * @param {Report} report
 */
export const checkTargets = (report) => {
  /** @param {string} name */
  const byName = (name) => report.scenarios.find((s) => s.name === name);
  const cached = report.scenarios.filter((s) => s.kind === 'cached');
  /** @type {{ measure: string, target: string, value: string, ok: boolean }[]} */
  const targets = [];
  /**
   * @param {string} measure
   * @param {string} target
   * @param {string} value
   * @param {boolean} ok
   */
  const add = (measure, target, value, ok) => targets.push({ measure, target, value, ok });
  for (const s of cached) {
    const share = s.ratioToStatic ?? 0;
    add(`${s.page}, cached: share of the static file's req/s (medians of ${report.settings.rounds} rounds)`, '≥ 80 %', percent(share), share >= 0.8);
    add(`${s.page}, cached: p99 (median round)`, '< 25 ms', ms(s.latencyMs.p99), s.latencyMs.p99 !== null && s.latencyMs.p99 < 25);
  }
  const { publishing } = report;
  const refused = publishing.statuses[503] ?? 0;
  add('publishing under load: errors and 503s', '0 and none', `${publishing.errors} errors, ${refused} × 503`, publishing.errors === 0 && refused === 0);
  add('publishing under load: p99', '< 100 ms', ms(publishing.latencyMs.p99), publishing.latencyMs.p99 !== null && publishing.latencyMs.p99 < 100);
  const visible = visibleTimes(publishing);
  const unseen = publishing.publishes.length - visible.length;
  add(
    'publishing under load: each change visible on its page',
    '≤ 2 s',
    `max ${unseen ? `> 10,000 ms (${unseen} of ${publishing.publishes.length} failed or not visible)` : ms(most(visible))}, median ${ms(median(visible))}`,
    unseen === 0 && (most(visible) ?? Infinity) <= 2000,
  );
  const profile = byName('profile (uncached)');
  if (profile) add('profile, uncached: p95', '< 80 ms', ms(profile.latencyMs.p95), profile.latencyMs.p95 !== null && profile.latencyMs.p95 < 80);
  const filtered = byName('directory-filter (uncached)');
  if (filtered) add('directory with filters, uncached: p95', '< 150 ms', ms(filtered.latencyMs.p95), filtered.latencyMs.p95 !== null && filtered.latencyMs.p95 < 150);
  const rest = report.scenarios.find((s) => s.kind === 'rest');
  for (const [kind, label] of [['graphql', 'GraphQL, 100 places with relations'], ['graphql-cold', 'GraphQL without its answer cache']]) {
    const graphql = report.scenarios.find((s) => s.kind === kind);
    if (!graphql) continue;
    add(`${label}: p95`, '< 100 ms', ms(graphql.latencyMs.p95), graphql.latencyMs.p95 !== null && graphql.latencyMs.p95 < 100);
    if (rest) add(`${label} vs. REST, same data: req/s`, 'GraphQL faster', `${graphql.requestsPerSecond} vs. ${rest.requestsPerSecond}`, graphql.requestsPerSecond > rest.requestsPerSecond);
  }
  for (const page of report.pageWeight) {
    if (page.name !== 'map') add(`${page.name}: JavaScript on first load (gzip)`, '≤ 60 KB', kb(page.jsGzipBytes), page.jsGzipBytes <= 60 * 1024);
    // Issue 18: the map page must not grow with the places, so its target names how many there were.
    if (page.name === 'map') add(`map page HTML at ${report.settings.placeCount.toLocaleString('en')} places (gzip)`, '< 50 KB', kb(page.htmlGzipBytes), page.htmlGzipBytes < 50 * 1024);
    else add(`${page.name}: HTML (gzip)`, '≤ 50 KB', kb(page.htmlGzipBytes), page.htmlGzipBytes <= 50 * 1024);
  }
  for (const run of report.lighthouse) {
    add(`Lighthouse ${run.name}: performance`, '≥ 95', String(run.performance), run.performance >= 95);
    const others = [run.accessibility, run.bestPractices, run.seo];
    add(`Lighthouse ${run.name}: accessibility, best practices, SEO`, '100 each', others.join(', '), others.every((v) => v === 100));
    add(`Lighthouse ${run.name}: CLS`, '0', String(run.cls), run.cls === 0);
  }
  const { reach } = report;
  add('counting reach: CPU time per cached request, on vs. off (medians)', '< 5 % more', `${reach.on.cpuUsPerRequest} vs. ${reach.off.cpuUsPerRequest} µs (${percent(reach.cpuRatio - 1)} more)`, reach.cpuRatio < 1.05);
  add('counting reach: every request sent counted', 'all', `${reach.counted} of ${reach.sent}`, reach.counted >= reach.sent);
  const webPeak = report.memory.peakRssMb.web ?? 0;
  add('caching web server: peak RSS over the whole run', '≤ 250 MB', `${webPeak} MB`, webPeak <= 250);
  return targets;
};

/**
 * The publish-under-load scenario: the load's figures, then each publish.
 * @param {Report} report
 */
const publishingSection = ({ publishing: p, settings }) => [
  '## Publishing under load',
  '',
  `${p.pages} pages of the caching site from its sitemap.xml, requested in turn by ${settings.connections} connections for ${settings.publish.duration} s after a ${settings.warmup} s warm-up; from the start, every ${settings.publish.interval} s a different place among them gets a new teaser saved and published through the CMS's admin API. "Visible" is the time from sending the publish until the place's page, fetched every 25 ms beside the load, shows the new teaser.`,
  '',
  '| req/s | p50 | p95 | p99 | max | errors | 503s | answers ≥ 400 | bytes/answer | peak RSS (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  `| ${p.requestsPerSecond} | ${ms(p.latencyMs.p50)} | ${ms(p.latencyMs.p95)} | ${ms(p.latencyMs.p99)} | ${ms(p.latencyMs.max)} | ${p.errors} | ${p.statuses[503] ?? 0} | ${failedAnswers(p.statuses)} | ${p.bytesPerResponse} | ${rssList(p.peakRssMb)} |`,
  '',
  `Save and publish in the admin: median ${ms(median(adminTimes(p)))}, max ${ms(most(adminTimes(p)))}. Visible after: median ${ms(median(visibleTimes(p)))}, max ${ms(most(visibleTimes(p)))}; ${p.publishes.length - visibleTimes(p).length} of ${p.publishes.length} failed or not visible within 10 s.`,
  '',
  '| publish | place | save and publish in the admin | visible after |',
  '| ---: | --- | ---: | ---: |',
  ...p.publishes.map((x, i) => `| ${i + 1} | \`${x.path}\` | ${x.error ? `failed: ${x.error}` : ms(x.adminMs)} | ${x.error ? '–' : x.visibleMs === null ? 'not within 10 s' : ms(x.visibleMs)} |`),
];

/**
 * Counting reach: CPU time and throughput of the same cached page, with and without counting.
 * @param {Report} report
 */
const reachSection = ({ reach: r, settings }) => [
  '## Reach counting',
  '',
  `The cached profile \`${r.path}\` from two caching site servers that differ only in \`REACH_TOKEN\` (counting on and off), ${settings.connections} connections for ${settings.duration} s each after a ${settings.warmup} s warm-up, interleaved: on, off, then off, on, and so on (${r.rounds} of each). CPU time is the site process's own (user and system, from /proc), divided by the requests it answered; requests send a browser's user agent, so each one is counted. Throughput alone moves more with the machine's other work than counting could cost.`,
  '',
  '| | CPU µs per request, runs | median | req/s, runs | median |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| counting on | ${r.on.runs.map((x) => x.cpuUsPerRequest).join(' / ')} | ${r.on.cpuUsPerRequest} | ${r.on.runs.map((x) => Math.round(x.requestsPerSecond)).join(' / ')} | ${r.on.requestsPerSecond} |`,
  `| counting off | ${r.off.runs.map((x) => x.cpuUsPerRequest).join(' / ')} | ${r.off.cpuUsPerRequest} | ${r.off.runs.map((x) => Math.round(x.requestsPerSecond)).join(' / ')} | ${r.off.requestsPerSecond} |`,
  `| on ÷ off | | **${r.cpuRatio}** | | **${r.throughputRatio}** |`,
  '',
  `The CMS counted ${r.counted} views of the page for the counting site's ${r.sent} measured requests (its warm-ups count too).`,
];

/** @param {Report} report */
export const markdownReport = (report) => {
  const { settings } = report;
  const lines = [
    `# Benchmark: ${report.date.slice(0, 10)}`,
    '',
    `Commit \`${report.commit.slice(0, 10)}\`${report.uncommittedChanges ? ' (with uncommitted changes)' : ''}; ${report.machine.cpus} cores (${report.machine.cpuModel}), ${report.machine.memoryGb} GB, Node ${report.machine.node}.`,
    `${settings.db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${settings.placeCount} places; each scenario ${settings.duration} s at ${settings.connections} connections after a ${settings.warmup} s warm-up, one after another in one run.`,
    '',
    `## Cached pages and the static file: ${settings.rounds} interleaved rounds`,
    '',
    `Round 1 runs the static file and each cached page once, then round 2 the same, then round 3. Each scenario shows its rate in every round, their median, the median's share of the static file's median, and the percentiles and bytes of its median round; errors count all rounds, peak RSS is over all rounds.`,
    '',
    `| scenario | req/s, rounds ${Array.from({ length: settings.rounds }, (_, i) => i + 1).join(' / ')} | median req/s | share of static | p50 | p95 | p99 | errors | bytes/answer | peak RSS (MB) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...report.scenarios
      .filter((s) => s.rounds)
      .map(
        (s) =>
          `| ${s.name} | ${(s.rounds ?? []).map((r) => Math.round(r.requestsPerSecond)).join(' / ')} | ${s.requestsPerSecond} | ${s.ratioToStatic === undefined ? '' : percent(s.ratioToStatic)} | ${ms(s.latencyMs.p50)} | ${ms(s.latencyMs.p95)} | ${ms(s.latencyMs.p99)} | ${(s.rounds ?? []).reduce((sum, r) => sum + r.errors, 0)} | ${s.bytesPerResponse} | ${rssList(s.peakRssMb)} |`,
      ),
    '',
    ...publishingSection(report),
    '',
    ...reachSection(report),
    '',
    '## Memory',
    '',
    `Peak RSS over the whole run (from the servers' start to the last measurement): ${rssList(report.memory.peakRssMb)} MB. While publishing under load: ${rssList(report.memory.publishingPeakRssMb)} MB, with ${report.memory.cachedPages === null ? 'an unknown number (the site sends no x-cache)' : `about ${report.memory.cachedPages}`} of its ${report.memory.pages} pages in the site's page cache when the load ended (from a sample of 100 of them).`,
    '',
    '## Other scenarios (one run each)',
    '',
    '| scenario | req/s | share of static | p50 | p95 | p99 | errors | bytes/answer | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...report.scenarios
      .filter((s) => !s.rounds)
      .map(
        (s) =>
          `| ${s.name} | ${s.requestsPerSecond} | ${s.ratioToStatic === undefined ? '' : percent(s.ratioToStatic)} | ${ms(s.latencyMs.p50)} | ${ms(s.latencyMs.p95)} | ${ms(s.latencyMs.p99)} | ${s.errors} | ${s.bytesPerResponse} | ${rssList(s.peakRssMb)} |`,
      ),
    '',
    '## Page weight (first load, gzip)',
    '',
    '| page | HTML | JavaScript | JS files | CSS |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.pageWeight.map((p) => `| ${p.name} (\`${p.path}\`) | ${kb(p.htmlGzipBytes)} | ${kb(p.jsGzipBytes)} | ${p.jsFiles} | ${kb(p.cssGzipBytes)} |`),
  ];
  if (report.lighthouse.length) {
    lines.push(
      '',
      '## Lighthouse 12.2.3 (mobile)',
      '',
      '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...report.lighthouse.map((l) => `| ${l.name} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${ms(l.lcpMs)} | ${l.cls} | ${ms(l.tbtMs)} |`),
    );
  }
  lines.push('', '## Targets', '', '| measure | target | measured | |', '| --- | --- | --- | --- |', ...checkTargets(report).map((t) => `| ${t.measure} | ${t.target} | ${t.value} | ${verdict(t.ok)} |`), '');
  return lines.join('\n');
};
