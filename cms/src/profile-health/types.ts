/** A real place's published German version, as the reminders and the summary read it. */
export type PlaceRow = { documentId: string; name: string; updatedAt: string; lastReminderAt: string | null; completeness: number | null; completenessMissing: unknown };
/** A published seeking whose last day is near. */
export type Expiring = { placeDocumentId: string; text: string; expiresOn: string };
/** A place due a reminder, and why. */
export type Due = { place: PlaceRow; stale: boolean; expiring: Expiring[] };
