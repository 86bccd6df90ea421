import type { Core, Data, Modules } from '@strapi/strapi';
import { paragraphsFrom, teaserFrom, uniqueSlug } from './place-draft';
import { PLACE, SUBMISSION } from '../content-types';

type Submission = {
  documentId: string;
  name: string;
  town: string;
  district?: string | null;
  stage?: Data.ContentType<typeof SUBMISSION>['stage'];
  description: string;
  website?: string | null;
  contactName: string;
  contactEmail: string;
  createdAt: string;
  themes?: { documentId: string }[];
  place?: { documentId: string } | null;
};

export type Conversion =
  | { outcome: 'converted'; placeDocumentId: string }
  | { outcome: 'not-found' }
  | { outcome: 'already-accepted'; placeDocumentId: string | null };

class AlreadyAccepted extends Error {
  constructor(readonly placeDocumentId: string | null) {
    super('already accepted');
  }
}

const dateDe = (value: string) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(value));

/**
 * What an editor would otherwise retype: the proposal as a German draft of a place. The
 * visitor's contact goes into the internal contact, never the public one, because the consent
 * covers handling the proposal, not publishing the person's name and address.
 */
const placeDraft = async (strapi: Core.Strapi, submission: Submission, userId?: number): Promise<Modules.Documents.Params.Data.Input<typeof PLACE>> => ({
  name: submission.name,
  slug: await uniqueSlug(strapi, PLACE, submission.name),
  teaser: teaserFrom(submission.description),
  stage: submission.stage ?? 'idea',
  // Proposals come through this network's own site.
  network: 'kreativorte_im_gruenen',
  themes: (submission.themes ?? []).map((theme) => ({ documentId: theme.documentId, locale: 'de' })),
  building: paragraphsFrom(submission.description),
  // The network's places lie in Sachsen-Anhalt; the form asks for no state.
  address: { town: submission.town, district: submission.district || undefined, state: 'Sachsen-Anhalt' },
  website: submission.website || undefined,
  internalContact: `${submission.contactName} <${submission.contactEmail}>`,
  internalNotes: `Aus dem Vorschlag vom ${dateDe(submission.createdAt)} übernommen. Bitte Texte, Bundesland, Region und Bilder prüfen.`,
  isSample: false,
  ...(userId && { createdBy: userId, updatedBy: userId }),
});

/**
 * Turns a proposal into a draft place and marks it accepted, all or nothing. An accepted
 * proposal, or one that already has its place, is not converted again. The status is flipped
 * with a conditional update, so that of two editors converting at the same moment only one
 * gets past it; the other's transaction waits for the first and then finds nothing to flip.
 */
export const convertSubmission = async (strapi: Core.Strapi, documentId: string, userId?: number): Promise<Conversion> => {
  try {
    return await strapi.db.transaction(async () => {
      const submission: Submission | null = await strapi.db
        .query(SUBMISSION)
        .findOne({ where: { documentId }, populate: { themes: { select: ['documentId'] }, place: { select: ['documentId'] } } });
      if (!submission) return { outcome: 'not-found' as const };
      const claimed = await strapi.db
        .query(SUBMISSION)
        .updateMany({ where: { documentId, reviewStatus: { $ne: 'accepted' } }, data: { reviewStatus: 'accepted', statusChangedAt: new Date() } });
      if (claimed.count === 0 || submission.place) throw new AlreadyAccepted(submission.place?.documentId ?? null);

      const place = await strapi.documents(PLACE).create({ locale: 'de', data: await placeDraft(strapi, submission, userId) });
      await strapi.documents(SUBMISSION).update({
        documentId,
        data: { place: { documentId: place.documentId, locale: 'de' }, ...(userId && { updatedBy: userId }) },
      });
      return { outcome: 'converted' as const, placeDocumentId: place.documentId };
    });
  } catch (failure) {
    if (failure instanceof AlreadyAccepted) return { outcome: 'already-accepted', placeDocumentId: failure.placeDocumentId };
    throw failure;
  }
};
