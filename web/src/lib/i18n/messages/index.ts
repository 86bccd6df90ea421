import type { Locale } from '../locale';
import { de, type Messages } from './de';
import { en } from './en';

export type { Messages } from './de';
export const messages: Record<Locale, Messages> = { de, en };

/** The enumeration id's label, or the id itself for a value the site does not know yet. */
export const label = (labels: Record<string, string>, id: string) => labels[id] ?? id;
