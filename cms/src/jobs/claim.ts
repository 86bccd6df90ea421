import type { Core } from '@strapi/strapi';

/** Our own table, not a content type: Strapi's schema sync leaves tables it never created alone. */
export const JOB_RUNS_TABLE = 'job_runs';

/** Creates the table of claimed runs if it is missing; at every boot, before any cron task can fire. */
export const ensureJobRuns = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(JOB_RUNS_TABLE)) return;
  await knex.schema.createTable(JOB_RUNS_TABLE, (table) => {
    table.string('job', 80).notNullable();
    table.string('period', 20).notNullable();
    table.timestamp('claimed_at', { useTz: true }).notNullable();
    table.primary(['job', 'period']);
  });
};

/**
 * Whether this process runs `job` for `period` (a day, `2026-12-07`, or a week's Monday): every
 * CMS process fires the same cron tasks, and the one whose INSERT the database accepts runs it;
 * the others hit the primary key and skip. The database decides, so it holds across processes and
 * machines, on SQLite and PostgreSQL alike. A run that fails after its claim is not retried that
 * period: what it did not finish is still due the next one.
 */
export const claimRun = async (strapi: Core.Strapi, job: string, period: string) => {
  const knex = strapi.db.connection;
  try {
    await knex(JOB_RUNS_TABLE).insert({ job, period, claimed_at: new Date() });
    return true;
  } catch (failure) {
    const taken = await knex(JOB_RUNS_TABLE).where({ job, period }).first();
    if (taken) return false;
    throw failure;
  }
};

/** Runs `task` only in the process that claims `job` for `period`; the others get null. */
export const runOnce = async <T>(strapi: Core.Strapi, job: string, period: string, task: () => Promise<T>): Promise<T | null> =>
  (await claimRun(strapi, job, period)) ? task() : null;
