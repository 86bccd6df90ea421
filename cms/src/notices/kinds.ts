import notice from '../api/notice/content-types/notice/schema.json';

type Kind = (typeof notice.attributes.kind.enum)[number];
export type NoticeDirection = (typeof notice.attributes.direction.enum)[number];

/** Which kinds each direction may take: the schema's one enum holds both, `other` fits either. */
export const KINDS_OF: Record<NoticeDirection, readonly Kind[]> = {
  seeking: ['fellow_campaigners', 'residents', 'investors', 'tenants', 'supporters', 'other'],
  offer: ['coworking', 'trial_living', 'studios', 'event_space', 'rooms', 'workshops', 'other'],
};

export const isDirection = (value: unknown): value is NoticeDirection => value === 'seeking' || value === 'offer';
export const fitsDirection = (direction: NoticeDirection, kind: unknown) => KINDS_OF[direction].some((fit) => fit === kind);
