import type { Core } from '@strapi/strapi';
import { NOTICE, NOTICE_REPLY } from '../content-types';
import { placeRef } from '../edit-links/links';
import { paragraphs, sendMail, sendTextMail, smtpHost } from '../mail';
import { notifyRecipients } from '../submissions/notify';
import { DAY_MS } from '../time';
import { noticeReplyConfig } from './config';
import { replyMail, type NoticeForMail } from './mail';

export type StoredReply = {
  id: number;
  documentId: string;
  noticeDocumentId: string;
  placeDocumentId: string;
  name: string;
  email: string;
  message: string;
  attempts: number;
};

/** While one process sends an answer, the others leave it alone this long. */
const LEASE_MS = 10 * 60_000;

/** 1, 2, 4 … minutes after each failure, at most an hour apart. */
export const retryDelayMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

const replies = (strapi: Core.Strapi) => strapi.db.query(NOTICE_REPLY);

/** A new answer, taken by the calling process for its first attempt. */
export const enqueue = async (strapi: Core.Strapi, data: Omit<StoredReply, 'id' | 'documentId' | 'attempts'>, now: Date): Promise<StoredReply> =>
  replies(strapi).create({ data: { ...data, attempts: 0, nextAttemptAt: new Date(now.getTime() + LEASE_MS) } });

/**
 * Takes a due answer for this process: a conditional update that only one of several CMS
 * processes can win, so each answer is sent once.
 */
const claim = async (strapi: Core.Strapi, id: number, now: Date) =>
  (await replies(strapi).updateMany({ where: { id, nextAttemptAt: { $lte: now } }, data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) } })).count === 1;

/** The notice's German text as last saved, for the mail; it may have been unpublished since the visitor wrote. */
const noticeForMail = async (strapi: Core.Strapi, documentId: string): Promise<NoticeForMail> => {
  const versions: { direction: 'seeking' | 'offer'; text: string; publishedAt: string | null }[] = await strapi.db
    .query(NOTICE)
    .findMany({ where: { documentId, locale: 'de' }, select: ['direction', 'text', 'publishedAt'] });
  const shown = versions.find((version) => version.publishedAt) ?? versions[0];
  return { documentId, direction: shown?.direction ?? 'seeking', text: shown?.text ?? '(inzwischen entfernt)' };
};

/** What the log may say of a failure: nodemailer's code or the error's name, never its message, which can hold addresses. */
const failureCode = (failure: unknown) => {
  const code: unknown = failure instanceof Error ? Reflect.get(failure, 'code') : undefined;
  return typeof code === 'string' ? code : failure instanceof Error ? failure.name : 'unknown';
};

/**
 * Sends one answer to its place's private address and deletes it at once; on failure it stays
 * queued for the next attempt. True when it was delivered. The log names ids only.
 */
export const deliver = async (strapi: Core.Strapi, reply: StoredReply, now = new Date()) => {
  try {
    const place = await placeRef(strapi, reply.placeDocumentId);
    if (!place?.privateEmail) throw Object.assign(new Error('the place has no private address'), { code: 'NO_ADDRESS' });
    const notice = await noticeForMail(strapi, reply.noticeDocumentId);
    await sendTextMail(strapi, replyMail(reply, notice, { name: place.name, privateEmail: place.privateEmail }, noticeReplyConfig().siteUrl));
    await replies(strapi).delete({ where: { id: reply.id } });
    strapi.log.info(`[notice-replies] answer ${reply.documentId} to notice ${reply.noticeDocumentId} delivered and deleted`);
    return true;
  } catch (failure) {
    const attempts = reply.attempts + 1;
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts));
    await replies(strapi).update({ where: { id: reply.id }, data: { attempts, nextAttemptAt } });
    strapi.log.warn(`[notice-replies] answer ${reply.documentId} to notice ${reply.noticeDocumentId} not delivered (${failureCode(failure)}, attempt ${attempts}); next attempt ${nextAttemptAt.toISOString()}`);
    return false;
  }
};

/**
 * Deletes the answers still undelivered after NOTICE_REPLY_MAX_DAYS and tells the Redaktion how
 * many were dropped for which places, without their content. Returns how many this process deleted.
 */
export const dropUndeliverable = async (strapi: Core.Strapi, now = new Date()) => {
  const { maxDays } = noticeReplyConfig();
  const old: { id: number; placeDocumentId: string }[] = await replies(strapi).findMany({
    where: { createdAt: { $lt: new Date(now.getTime() - maxDays * DAY_MS) } },
    select: ['id', 'placeDocumentId'],
  });
  if (!old.length) return 0;
  const { count } = await replies(strapi).deleteMany({ where: { id: { $in: old.map((reply) => reply.id) } } });
  if (!count) return 0;
  strapi.log.warn(`[notice-replies] deleted ${count} answers to notices that could not be delivered within ${maxDays} days`);
  const placeIds = [...new Set(old.map((reply) => reply.placeDocumentId))];
  const names = await Promise.all(placeIds.map(async (documentId) => (await placeRef(strapi, documentId))?.name ?? `(gelöschter Ort ${documentId})`));
  const recipients = notifyRecipients();
  if (!recipients.length || !smtpHost(strapi)) return count;
  try {
    await sendMail(strapi, {
      to: recipients,
      subject: `${count === 1 ? 'Eine Antwort' : `${count} Antworten`} auf Anzeigen nicht zustellbar`,
      ...paragraphs([
        `${count === 1 ? 'Eine Antwort' : `${count} Antworten`} von Besuchern auf Anzeigen der Pinnwand „Gesucht & Angeboten“ konnte${count === 1 ? '' : 'n'} ${maxDays} Tage lang nicht zugestellt werden und wurde${count === 1 ? '' : 'n'} gelöscht.`,
        `Betroffene Orte: ${names.join(', ')}`,
        'Bitte prüfen Sie den Mailserver und die privaten E-Mail-Adressen dieser Orte. Den Inhalt der Nachrichten kennen wir nicht mehr.',
      ]),
    });
  } catch (failure) {
    strapi.log.error(`[notice-replies] could not tell the Redaktion about the dropped answers (${failureCode(failure)})`);
  }
  return count;
};

/** The queue's round (a cron task, each minute): drops the answers too old, then sends those due, each once. */
export const deliverDue = async (strapi: Core.Strapi, now = new Date()) => {
  await dropUndeliverable(strapi, now);
  const due: { id: number }[] = await replies(strapi).findMany({ where: { nextAttemptAt: { $lte: now } }, select: ['id'], orderBy: { nextAttemptAt: 'asc' }, limit: 50 });
  let delivered = 0;
  for (const { id } of due) {
    if (!(await claim(strapi, id, now))) continue;
    const reply: StoredReply | null = await replies(strapi).findOne({ where: { id } });
    if (reply && (await deliver(strapi, reply, now))) delivered += 1;
  }
  return delivered;
};
