import type { Core } from '@strapi/strapi';
import { adminEntryUrl, submissionMail, type SubmissionForMail } from './mail';
import { SUBMISSION } from '../content-types';

export const notifyRecipients = () =>
  (process.env.SUBMISSION_NOTIFY_EMAILS ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);

const smtpHost = (strapi: Core.Strapi) =>
  (strapi.config.get('plugin::email') as { providerOptions?: { host?: string } } | undefined)?.providerOptions?.host;

/**
 * Tells the editors about a new proposal by email. It runs after the proposal is stored and
 * never throws: a mail server that is down must not cost a visitor's proposal. The log names
 * the entry but none of the visitor's personal data.
 */
export const notifyEditors = async (strapi: Core.Strapi, documentId: string) => {
  const adminUrl = strapi.config.get('admin.absoluteUrl') as string;
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
    const submission = (await strapi.documents(SUBMISSION).findOne({
      documentId,
      populate: { themes: { fields: ['name'] } },
    } as any)) as unknown as SubmissionForMail | null;
    if (!submission) return;
    const mail = submissionMail(submission, adminUrl);
    await strapi.plugin('email').service('email').send({ to: recipients, replyTo: submission.contactEmail, ...mail });
    strapi.log.info(`[submissions] editors notified about the new proposal ${where}`);
  } catch (failure) {
    strapi.log.error(`[submissions] could not email the editors about the new proposal ${where}: ${(failure as Error).message}`);
  }
};
