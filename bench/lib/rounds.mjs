// Scenarios run in interleaved rounds: each is reported as its median round.

/**
 * The round with the median requests per second (of an odd number), with every round's rate,
 * percentiles and errors kept beside it, and the processes' peak memory over all rounds.
 * @param {import('./report.mjs').ScenarioResult[]} runs
 * @returns {import('./report.mjs').ScenarioResult}
 */
export const medianRun = (runs) => {
  const median = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)];
  /** @type {Record<string, number>} */
  const peakRssMb = {};
  for (const run of runs) for (const [name, mb] of Object.entries(run.peakRssMb)) peakRssMb[name] = Math.max(peakRssMb[name] ?? 0, mb);
  return {
    ...median,
    medianRound: runs.indexOf(median) + 1,
    rounds: runs.map(({ requestsPerSecond, latencyMs, errors }) => ({ requestsPerSecond, latencyMs, errors })),
    peakRssMb,
  };
};
