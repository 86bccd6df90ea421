import type { Core } from '@strapi/strapi';

/** The mail server the CMS sends through; unset, it sends nothing (config/plugins.ts). */
export const smtpHost = (strapi: Core.Strapi) =>
  strapi.config.get<{ providerOptions?: { host?: string } } | undefined>('plugin::email')?.providerOptions?.host;

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export type Mail = { to: string | string[]; replyTo?: string; subject: string; text: string; html: string };

export const sendMail = (strapi: Core.Strapi, mail: Mail): Promise<unknown> => strapi.plugin('email').service('email').send(mail);

/** A German mail's paragraphs as text and as HTML, the HTML escaped and line breaks kept. */
export const paragraphs = (lines: string[]) => ({
  text: lines.join('\n\n'),
  html: lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join('\n'),
});
