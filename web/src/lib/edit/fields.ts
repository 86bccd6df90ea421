// The fields a place's own people may change (issue 15's contract), for the server that checks
// them and the form that shows them.

export const offerKinds = ['coworking', 'trial_living', 'studios', 'event_space', 'rooms', 'workshops', 'other'] as const;
export const seekingKinds = ['fellow_campaigners', 'residents', 'investors', 'tenants', 'supporters', 'other'] as const;
/** A notice ("Gesucht & Angeboten") seeks or offers; its kind is one of its direction's (the CMS's notices/kinds.ts). */
export const noticeDirections = ['seeking', 'offer'] as const;
export const noticeKinds = { seeking: seekingKinds, offer: offerKinds } as const;
export const imageRoles = ['cover', 'gallery'] as const;
/** The kinds of an event (the CMS's event type), in the order the event form offers them. */
export const eventKinds = ['open_day', 'workshop', 'trial_living', 'culture', 'market', 'other'] as const;

/** The five sections of a profile, in the order the public profile shows them. */
export const sectionKeys = ['building', 'location', 'town', 'people', 'livingAndWorking'] as const;
export const numericFactKeys = ['yearBuilt', 'projectFounded', 'floorArea', 'residents', 'workplaces'] as const;
export const factKeys = ['formerUse', ...numericFactKeys] as const;
export const contactKeys = ['name', 'email', 'phone'] as const;

export type SectionKey = (typeof sectionKeys)[number];
export type NumericFactKey = (typeof numericFactKeys)[number];
export type ImageRole = (typeof imageRoles)[number];
export type EventKind = (typeof eventKinds)[number];
export type NoticeDirection = (typeof noticeDirections)[number];
export type NoticeKind = (typeof seekingKinds)[number] | (typeof offerKinds)[number];
