import type { ChildProcess } from 'node:child_process';

/** How a process ended: its exit code, or the signal that ended it. */
export type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** A started process whose recent output is kept for error messages. */
export type Child = { name: string; process: ChildProcess; output: () => string; exited: Promise<Exit> };

export type StartOptions = {
  cwd: string;
  env: Record<string, string | undefined>;
  /** A file that receives everything the process writes to stdout: its log. */
  stdoutFile?: string;
  /** Whether its output is also written here, each line prefixed with its name. */
  echo?: boolean;
};

export declare const freePort: () => Promise<number>;
export declare const cleanEnv: () => Record<string, string>;
export declare const relayLines: (prefix: string, stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => void;
export declare const describeExit: (exit: Exit) => string;
export declare const start: (name: string, command: string, args: string[], options: StartOptions) => Child;
export declare const run: (name: string, command: string, args: string[], options: StartOptions) => Promise<number>;
export declare const httpOk: (url: string, init?: RequestInit) => () => Promise<boolean>;
export declare const waitFor: (child: Child, what: string, probe: () => Promise<boolean>, timeoutMs: number) => Promise<number>;
export declare const stop: (child: Child | undefined, options?: { signal?: NodeJS.Signals; timeoutMs?: number }) => Promise<Exit | undefined>;
