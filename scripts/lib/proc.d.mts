/** A process below another, as Linux's /proc shows it. */
export type Descendant = { pid: number; cwd: string; argv: string[]; environ: string[] };

export declare const descendants: (pid: number) => Descendant[];
export declare const isRunning: (pid: number) => boolean;
export declare const rssBytes: (pid: number) => number;
