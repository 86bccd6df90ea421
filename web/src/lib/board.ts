import { laterPage, withQuery } from './directory-href';
import { label, type Messages } from './i18n/messages';
import type { BoardParams } from './types';

export type NoticeDirection = 'seeking' | 'offer';

/** The board's `art` for a whole direction; any other `art` is a notice kind. */
export const BOARD_DIRECTIONS: Record<string, NoticeDirection> = { gesucht: 'seeking', angeboten: 'offer' };

/** The direction an `art` names, or null for a kind. */
export const directionOf = (art: string): NoticeDirection | null => (Object.hasOwn(BOARD_DIRECTIONS, art) ? BOARD_DIRECTIONS[art] : null);

/** The kind's label: `other` fits both directions, every other kind belongs to one. */
export const noticeKindLabel = (m: Messages, direction: NoticeDirection, kind: string) =>
  label(direction === 'seeking' ? m.labels.seeking : m.labels.offer, kind);

/** The notice kinds, each once, seeking kinds first and `other` last. */
export const noticeKinds = (m: Messages) => [...new Set([...Object.keys(m.labels.seeking), ...Object.keys(m.labels.offer)])].sort((a, b) => Number(a === 'other') - Number(b === 'other'));

/** A valid `art`: a direction or a notice kind. */
export const isBoardKind = (m: Messages, value: string) => directionOf(value) !== null || noticeKinds(m).includes(value);

/** The board (`/gesucht`) or its Atom feed with these filters. */
export const boardHref = (path: '/gesucht' | '/gesucht.xml', params: Partial<BoardParams>) =>
  withQuery(path, [
    ['art', params.kind],
    ['region', params.region],
    ['thema', params.theme],
    ['seite', laterPage(params.page)],
  ]);

/** A notice's own page, where a visitor answers it. */
export const noticeHref = (documentId: string) => `/gesucht/${documentId}`;
