/** What the reach statistics count, one row per Berlin day, kind and key (api/reach-count). */
export const REACH_KINDS = ['page', 'widget', 'feed', 'api'] as const;
export type ReachKind = (typeof REACH_KINDS)[number];

export const isReachKind = (value: unknown): value is ReachKind => REACH_KINDS.some((kind) => kind === value);

/** The longest key the table holds: a path, an origin or a token name. */
export const KEY_MAX = 300;

/** The key of requests to the public API without an API token. */
export const NO_TOKEN_KEY = '(ohne Token)';
