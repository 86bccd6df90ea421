import type { Core } from '@strapi/strapi';
import { paragraphs, sendMail, smtpHost } from '../mail';
import { notifyRecipients } from '../submissions/notify';

/** The admin's page of one change request. */
const reviewUrl = (adminUrl: string, documentId: string) => `${adminUrl.replace(/\/$/, '')}/change-requests/${documentId}`;

/** Tells the editors (SUBMISSION_NOTIFY_EMAILS) that a place sent changes; never throws, never logs what was sent. */
/** `owned` names the entry of the place that the request concerns (an event, a notice); none for the profile. */
export const notifyEditorsOfChange = async (strapi: Core.Strapi, documentId: string, placeName: string, owned?: { mailSubject: string; reported: string }) => {
  const recipients = notifyRecipients();
  if (!recipients.length || !smtpHost(strapi)) return;
  try {
    const link = reviewUrl(strapi.config.get<string>('admin.absoluteUrl'), documentId);
    await sendMail(strapi, {
      to: recipients,
      subject: `Neuer Änderungswunsch${owned?.mailSubject ?? ''}: ${placeName}`,
      ...paragraphs([
        owned
          ? `Die Leute von „${placeName}“ haben über ihren Bearbeitungslink ${owned.reported}.`
          : `Die Leute von „${placeName}“ haben über ihren Bearbeitungslink Änderungen an ihrem Profil geschickt.`,
        `Prüfen und übernehmen: ${link}`,
      ]),
    });
  } catch (failure) {
    strapi.log.error(`[change-requests] could not email the editors about change request ${documentId}: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
};

/** The Redaktion's note on a rejected change request, to the place's private address. */
export const rejectionMail = (placeName: string, note: string) => ({
  subject: `Ihr Änderungswunsch zu „${placeName}“`,
  ...paragraphs([
    'Guten Tag,',
    `vielen Dank für Ihren Änderungswunsch zu „${placeName}“, ob zum Profil, zu einem Termin oder zu Gesucht & Angeboten. Wir haben ihn diesmal nicht übernommen:`,
    note,
    'Mit Ihrem Bearbeitungslink können Sie jederzeit neue Änderungen schicken, solange er gilt.',
    'Viele Grüße\nIhre Redaktion von Kreativorte im Grünen',
  ]),
});
