import type { Core } from '@strapi/strapi';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

type EmailConfig = { providerOptions?: SMTPTransport.Options; settings?: { defaultFrom?: string } } | undefined;
const emailConfig = (strapi: Core.Strapi) => strapi.config.get<EmailConfig>('plugin::email');

/** The mail server the CMS sends through; unset, it sends nothing (config/plugins.ts). */
export const smtpHost = (strapi: Core.Strapi) => emailConfig(strapi)?.providerOptions?.host;

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export type Mail = { to: string | string[]; replyTo?: string; subject: string; text: string; html: string };

export const sendMail = (strapi: Core.Strapi, mail: Mail): Promise<unknown> => strapi.plugin('email').service('email').send(mail);

/** A German mail's paragraphs as text and as HTML, the HTML escaped and line breaks kept. */
export const paragraphs = (lines: string[]) => ({
  text: lines.join('\n\n'),
  html: lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join('\n'),
});

/** A mailbox given as name and address apart, so that nothing in either is parsed as a list or a header. */
export type Mailbox = { name: string; address: string };

/**
 * A mail of plain text only, through the same server and sender as sendMail. Strapi's nodemailer
 * provider adds the text as an HTML part when no HTML is given, which would let a visitor's
 * message be rendered as HTML; this sends exactly one text/plain part.
 */
export const sendTextMail = async (strapi: Core.Strapi, mail: { to: Mailbox; replyTo: Mailbox; subject: string; text: string }) => {
  const config = emailConfig(strapi);
  const host = config?.providerOptions?.host;
  if (!host) throw new Error('SMTP_HOST is not set');
  await nodemailer.createTransport({ ...config.providerOptions, host }).sendMail({ from: config.settings?.defaultFrom, ...mail });
};
