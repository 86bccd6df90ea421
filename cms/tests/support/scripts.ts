import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { appDir } from '../../scripts/strapi-app.mjs';

export type ScriptRun = { status: number; stdout: string; stderr: string };

/**
 * Runs one of cms/scripts/ in its own process, as `pnpm <script>` does, with the given
 * environment. dist/ is current (the global setup compiled it), so the script does not rewrite it
 * under the CMSs that other test files are running.
 */
export const runScript = async (script: string, args: string[], env: Record<string, string>): Promise<ScriptRun> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`scripts/${script}`, ...args], {
      cwd: appDir,
      env: { ...process.env, ...env, CMS_COMPILED: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    // execFile's rejection carries the child's exit code and what it wrote.
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { status: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
};
