import type { Core, Modules } from '@strapi/strapi';
import { smtpHost } from '../mail';
import { adminEntryUrl, submissionMail, type SubmissionForMail } from './mail';
import { SUBMISSION } from '../content-types';

export const notifyRecipients = () =>
  (process.env.SUBMISSION_NOTIFY_EMAILS ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);

type Stored = Modules.Documents.Result<typeof SUBMISSION, { populate: { themes: { fields: ['name'] } } }> | null;

/** The stored proposal with the fields its schema requires, which the document service types as optional. */
const forMail = (stored: Stored): SubmissionForMail | null => {
  if (!stored) return null;
  const { name, town, description, contactName, contactEmail, createdAt } = stored;
  if (!name || !town || !description || !contactName || !contactEmail || !createdAt) return null;
  const themes = (stored.themes ?? []).flatMap((theme) => (theme.name ? [{ name: theme.name }] : []));
  return { ...stored, name, town, description, contactName, contactEmail, createdAt, themes };
};

/**
 * Tells the editors about a new proposal by email. It runs after the proposal is stored and
 * never throws: a mail server that is down must not cost a visitor's proposal. The log names
 * the entry but none of the visitor's personal data.
 */
export const notifyEditors = async (strapi: Core.Strapi, documentId: string) => {
  const adminUrl = strapi.config.get<string>('admin.absoluteUrl');
  const where = adminEntryUrl(adminUrl, documentId);
  try {
    const recipients = notifyRecipients();
    if (!recipients.length) {
      strapi.log.warn(`[submissions] SUBMISSION_NOTIFY_EMAILS is empty: nobody is told about the new proposal ${where}`);
      return;
    }
    if (!smtpHost(strapi)) {
      strapi.log.info(`[submissions] SMTP_HOST is not set, so no email goes to SUBMISSION_NOTIFY_EMAILS about the new proposal ${where}`);
      return;
    }
    const submission = forMail(await strapi.documents(SUBMISSION).findOne({ documentId, populate: { themes: { fields: ['name'] } } }));
    if (!submission) return;
    const mail = submissionMail(submission, adminUrl);
    await strapi.plugin('email').service('email').send({ to: recipients, replyTo: submission.contactEmail, ...mail });
    strapi.log.info(`[submissions] editors notified about the new proposal ${where}`);
  } catch (failure) {
    strapi.log.error(`[submissions] could not email the editors about the new proposal ${where}: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
};
