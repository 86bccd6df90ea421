import type { Mailbox } from '../mail';
import type { Reply } from './reply';

export type NoticeForMail = { documentId: string; direction: 'seeking' | 'offer'; text: string };

const DIRECTION = { seeking: 'Gesucht', offer: 'Angeboten' } as const;

/** The notice's text on one line and cut short: editors' text, but a subject must never break. */
const excerpt = (text: string, max: number) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

/**
 * The German plain-text mail to the place: the visitor's name and address only in the body and
 * as Reply-To (a mailbox object, never parsed), and the notice it answers.
 */
export const replyMail = (reply: Pick<Reply, 'name' | 'email' | 'message'>, notice: NoticeForMail, place: { name: string; privateEmail: string }, siteUrl: string) => {
  const what = `${DIRECTION[notice.direction]}: ${excerpt(notice.text, 200)}`;
  const to: Mailbox = { name: place.name, address: place.privateEmail };
  const replyTo: Mailbox = { name: '', address: reply.email };
  const text = [
    'Guten Tag,',
    '',
    `über die Pinnwand „Gesucht & Angeboten“ von Kreativorte im Grünen hat jemand auf eine Anzeige von ${place.name} geantwortet.`,
    '',
    `Anzeige: ${what}`,
    `${siteUrl}/gesucht/${notice.documentId}`,
    '',
    `Von: ${reply.name}`,
    `E-Mail: ${reply.email}`,
    '',
    'Nachricht:',
    reply.message,
    '',
    '-- ',
    `Wenn Sie auf diese E-Mail antworten, geht Ihre Antwort direkt an ${reply.name}. Die Person hat eingewilligt, dass Name, E-Mail-Adresse und Nachricht an Sie weitergegeben werden.`,
    'Kreativorte im Grünen bewahrt die Nachricht nicht auf: sie wurde nach dem Versand dieser E-Mail gelöscht.',
  ].join('\n');
  return { to, replyTo, subject: `Antwort auf Ihre Anzeige: ${excerpt(what, 80)}`, text };
};
