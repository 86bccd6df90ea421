// The Markdown table of a bench run, with the issue's targets checked against it.

/**
 * @typedef {import('./load.mjs').Measurement & { name: string, kind: string, page?: string, path: string, peakRssMb: Record<string, number>, ratioToStatic?: number }} ScenarioResult
 * @typedef {{
 *   date: string, commit: string, uncommittedChanges: boolean,
 *   machine: { cpus: number, cpuModel?: string, memoryGb: number, node: string },
 *   settings: { db: string, duration: number, connections: number, warmup: number, placeCount: number },
 *   scenarios: ScenarioResult[], pageWeight: import('../page-weight.mjs').PageWeight[],
 *   lighthouse: import('../lighthouse.mjs').LighthouseResult[], durationSeconds: number,
 * }} Report
 */

/** @param {number | null | undefined} bytes */
const kb = (bytes) => (bytes === undefined || bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
/** @param {number | null | undefined} value */
const ms = (value) => (value === null || value === undefined ? '–' : `${value} ms`);
/** @param {boolean} ok */
const verdict = (ok) => (ok ? 'met' : '**missed**');

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
  for (const s of cached.filter((s) => ['home', 'profile', 'directory'].includes(s.page ?? ''))) {
    const share = s.ratioToStatic ?? 0;
    add(`${s.page}, cached: share of the static-file req/s`, '≥ 50 %', `${Math.round(share * 100)} %`, share >= 0.5);
    add(`${s.page}, cached: p99`, '< 50 ms', ms(s.latencyMs.p99), s.latencyMs.p99 !== null && s.latencyMs.p99 < 50);
  }
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
    add(`${page.name}: HTML (gzip)`, '≤ 50 KB', kb(page.htmlGzipBytes), page.htmlGzipBytes <= 50 * 1024);
  }
  for (const run of report.lighthouse) {
    add(`Lighthouse ${run.name}: performance`, '≥ 95', String(run.performance), run.performance >= 95);
    const others = [run.accessibility, run.bestPractices, run.seo];
    add(`Lighthouse ${run.name}: accessibility, best practices, SEO`, '100 each', others.join(', '), others.every((v) => v === 100));
    add(`Lighthouse ${run.name}: CLS`, '0', String(run.cls), run.cls === 0);
  }
  const webPeak = Math.max(0, ...report.scenarios.flatMap((s) => Object.entries(s.peakRssMb).filter(([name]) => name.startsWith('web')).map(([, mb]) => mb)));
  add('web server RSS under load', '< 200 MB', `${webPeak} MB`, webPeak < 200);
  return targets;
};

/** @param {Report} report */
export const markdownReport = (report) => {
  const { settings } = report;
  const lines = [
    `# Benchmark: ${report.date.slice(0, 10)}`,
    '',
    `Commit \`${report.commit.slice(0, 10)}\`${report.uncommittedChanges ? ' (with uncommitted changes)' : ''}; ${report.machine.cpus} cores (${report.machine.cpuModel}), ${report.machine.memoryGb} GB, Node ${report.machine.node}.`,
    `${settings.db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${settings.placeCount} places; each scenario ${settings.duration} s at ${settings.connections} connections after a ${settings.warmup} s warm-up, one after another in one run.`,
    '',
    '## Load',
    '',
    '| scenario | req/s | share of static | p50 | p95 | p99 | errors | bytes/answer | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...report.scenarios.map(
      (s) =>
        `| ${s.name} | ${s.requestsPerSecond} | ${s.ratioToStatic === undefined ? '' : `${Math.round(s.ratioToStatic * 100)} %`} | ${ms(s.latencyMs.p50)} | ${ms(s.latencyMs.p95)} | ${ms(s.latencyMs.p99)} | ${s.errors} | ${s.bytesPerResponse} | ${Object.entries(s.peakRssMb).map(([name, mb]) => `${name} ${mb}`).join(', ')} |`,
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
