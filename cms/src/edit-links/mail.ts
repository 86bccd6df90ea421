import { escapeHtml } from '../mail';

const date = (value: Date) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(value);
const dateEn = (value: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(value);

/** Why a link is mailed when the Redaktion did not send it by hand (a reminder): its subject, paragraphs before the link's, and their English line. */
export type Occasion = { subject: string; lines: string[]; english: string };

/** The link mailed to a place's own people: German, with an English line, and no other personal data. */
export const editLinkMail = ({ placeName, siteUrl, token, expiresAt, occasion }: { placeName: string; siteUrl: string; token: string; expiresAt: Date; occasion?: Occasion }) => {
  const query = `?t=${encodeURIComponent(token)}`;
  const link = `${siteUrl}/bearbeiten${query}`;
  const linkEn = `${siteUrl}/en/bearbeiten${query}`;
  const subject = occasion?.subject ?? `Ihr Bearbeitungslink für „${placeName}“`;
  const opening = occasion?.lines ?? [];
  // After "Guten Tag," a sentence goes on in lower case; after a reminder's words it starts anew.
  const intro = `${opening.length ? 'Mit' : 'mit'} diesem persönlichen Link können Sie das Profil von „${placeName}“ auf Kreativorte im Grünen selbst aktualisieren: Texte, Fakten, Angebote, Gesuche, Kontakt, Website und Bilder. Die Redaktion prüft Ihre Änderungen, bevor sie erscheinen.`;
  const validity = `Der Link gilt bis zum ${date(expiresAt)}. Bitte geben Sie ihn nicht weiter: Wer ihn hat, kann Änderungen vorschlagen. Einen neuen Link bekommen Sie jederzeit von der Redaktion; damit wird dieser ungültig.`;
  const english = `In English: ${occasion ? `${occasion.english} ` : ''}Use this personal link until ${dateEn(expiresAt)} to update your place's profile; the editorial team reviews every change before it goes live.`;
  const text = ['Guten Tag,', ...opening, intro, `Profil bearbeiten: ${link}`, validity, `${english}\n${linkEn}`, 'Viele Grüße\nIhre Redaktion von Kreativorte im Grünen'].join('\n\n');
  const html = [
    '<p>Guten Tag,</p>',
    ...opening.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(link)}">Profil bearbeiten</a></p>`,
    `<p>${escapeHtml(validity)}</p>`,
    `<p lang="en">${escapeHtml(english)} <a href="${escapeHtml(linkEn)}">Edit the profile</a></p>`,
    '<p>Viele Grüße<br>Ihre Redaktion von Kreativorte im Grünen</p>',
  ].join('\n');
  return { subject, text, html };
};
