import type { Data } from '@strapi/strapi';

type Notice = Data.ContentType<'api::notice.notice'>;
export type NoticeKind = NonNullable<Notice['kind']>;
export type NoticeDirection = NonNullable<Notice['direction']>;

/** Which kinds each direction may take: the schema's one enum holds both, `other` fits either. */
export const KINDS_OF: Record<NoticeDirection, readonly NoticeKind[]> = {
  seeking: ['fellow_campaigners', 'residents', 'investors', 'tenants', 'supporters', 'other'],
  offer: ['coworking', 'trial_living', 'studios', 'event_space', 'rooms', 'workshops', 'other'],
};

export const isDirection = (value: unknown): value is NoticeDirection => value === 'seeking' || value === 'offer';
export const fitsDirection = (direction: NoticeDirection, kind: unknown): kind is NoticeKind => KINDS_OF[direction].some((fit) => fit === kind);
