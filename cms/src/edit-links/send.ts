import type { Core } from '@strapi/strapi';
import { sendMail, smtpHost } from '../mail';
import { notifyRecipients } from '../submissions/notify';
import { editLinkConfig } from './config';
import { createLink, deleteLink, placeRef, revokeOtherLinks } from './links';
import { editLinkMail, type Occasion } from './mail';

export type Sending =
  | { outcome: 'sent'; documentId: string; expiresAt: Date }
  | { outcome: 'not-found' }
  | { outcome: 'refused'; message: string }
  | { outcome: 'unavailable'; message: string };

/**
 * Mails a new edit link to the place's private address, and only once it has gone out revokes
 * the older ones: a mail server that is down leaves the place with the link it had. The log
 * names the place, never the address or the token. A reminder says in `occasion` why it comes.
 */
export const sendEditLink = async (strapi: Core.Strapi, placeDocumentId: string, { occasion, now = new Date() }: { occasion?: Occasion; now?: Date } = {}): Promise<Sending> => {
  const place = await placeRef(strapi, placeDocumentId);
  if (!place) return { outcome: 'not-found' };
  if (place.isSample) return { outcome: 'refused', message: 'Beispielorte bekommen keinen Bearbeitungslink.' };
  if (!place.privateEmail) return { outcome: 'refused', message: 'Bitte zuerst die private E-Mail des Orts eintragen und speichern.' };
  const { secret, siteUrl } = editLinkConfig();
  if (!secret) return { outcome: 'unavailable', message: 'EDIT_LINK_SECRET ist nicht gesetzt: Bearbeitungslinks sind abgeschaltet.' };
  if (!smtpHost(strapi)) return { outcome: 'unavailable', message: 'Der E-Mail-Versand ist nicht eingerichtet (SMTP_HOST).' };

  const link = await createLink(strapi, placeDocumentId, now);
  try {
    const mail = editLinkMail({ placeName: place.name, siteUrl, token: link.token, expiresAt: link.expiresAt, occasion });
    await sendMail(strapi, { to: place.privateEmail, replyTo: notifyRecipients()[0], ...mail });
  } catch (failure) {
    await deleteLink(strapi, link.documentId);
    strapi.log.error(`[edit-links] could not mail an edit link for place ${placeDocumentId}: ${failure instanceof Error ? failure.message : String(failure)}`);
    return { outcome: 'unavailable', message: 'Der Mailserver hat die E-Mail nicht angenommen. Bitte später noch einmal versuchen.' };
  }
  await revokeOtherLinks(strapi, placeDocumentId, link.documentId, now);
  strapi.log.info(`[edit-links] edit link ${link.documentId} mailed for place ${placeDocumentId}`);
  return { outcome: 'sent', documentId: link.documentId, expiresAt: link.expiresAt };
};
