import type { ReachKind } from './classify';

export type ReachRow = { day: string; kind: ReachKind; key: string; views: number };

/** Distinct day, kind and key between two flushes: beyond it new keys are dropped, so memory stays bounded. */
export const MAX_KEYS = 10_000;

/**
 * The counts since the last flush, in memory: one Map lookup and increment per counted request.
 * A failed flush gives its rows back, so that the next one sends them.
 */
export class ReachCounter {
  #rows = new Map<string, ReachRow>();
  #dropped = 0;

  constructor(private readonly maxKeys = MAX_KEYS) {}

  add(day: string, kind: ReachKind, key: string, views = 1) {
    const id = `${day}\n${kind}\n${key}`;
    const row = this.#rows.get(id);
    if (row) row.views += views;
    else if (this.#rows.size < this.maxKeys) this.#rows.set(id, { day, kind, key, views });
    else this.#dropped += views;
  }

  get size() {
    return this.#rows.size;
  }

  /** Everything counted so far, and how many views had no room; the counter starts empty again. */
  take() {
    const taken = { rows: [...this.#rows.values()], dropped: this.#dropped };
    this.#rows = new Map();
    this.#dropped = 0;
    return taken;
  }

  /** Rows a flush could not deliver, added to what was counted meanwhile. */
  giveBack(rows: ReachRow[]) {
    for (const { day, kind, key, views } of rows) this.add(day, kind, key, views);
  }
}
