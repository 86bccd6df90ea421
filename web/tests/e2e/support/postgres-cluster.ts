import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../../scripts/lib/processes.mjs';

/** The newest installed server's programs (Debian keeps them out of PATH). */
const binDir = () => {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  if (!versions.length) throw new Error(`No PostgreSQL server programs under ${root}; set PG_BIN_DIR`);
  return join(root, String(Math.max(...versions.map(Number))), 'bin');
};

const asRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root, its programs run as the postgres user. */
const pg = (program: string, args: string[]) => {
  const path = join(binDir(), program);
  const [command, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  return execFileSync(command, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
};

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder, on a free port: a test can stop and
 * restart it without touching the machine's shared server.
 */
export const startPostgresCluster = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kig-pg-'));
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' })));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  pg('initdb', ['--pgdata', data, '--username', 'postgres', '--auth', 'trust', '--encoding', 'UTF8', '--locale', 'C', '--no-sync']);
  // Durability is not under test: without fsync a restart takes a fraction of a second.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const ctl = (action: 'start' | 'stop', extra: string[] = []) => pg('pg_ctl', [action, '--pgdata', data, '--wait', '--timeout', '60', ...extra]);
  const startServer = () => ctl('start', ['--log', join(dir, 'server.log'), '--options', options]);
  const stopServer = () => ctl('stop', ['--mode', 'fast']);
  startServer();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  pg('createdb', ['--host', '127.0.0.1', '--port', String(port), '--username', 'postgres', 'kig']);
  return {
    port,
    url,
    /** Stops the server the way an operator's restart does: connections are cut, running queries fail. */
    stop: stopServer,
    start: startServer,
    remove: () => {
      try {
        stopServer();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
