import { escapeHtml } from '../mail';

const date = (value: Date) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(value);
const dateEn = (value: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(value);

/** The link mailed to a place's own people: German, with an English line, and no other personal data. */
export const editLinkMail = ({ placeName, siteUrl, token, expiresAt }: { placeName: string; siteUrl: string; token: string; expiresAt: Date }) => {
  const query = `?t=${encodeURIComponent(token)}`;
  const link = `${siteUrl}/bearbeiten${query}`;
  const linkEn = `${siteUrl}/en/bearbeiten${query}`;
  const subject = `Ihr Bearbeitungslink für „${placeName}“`;
  const intro = `mit diesem persönlichen Link können Sie das Profil von „${placeName}“ auf Kreativorte im Grünen selbst aktualisieren: Texte, Fakten, Angebote, Gesuche, Kontakt, Website und Bilder. Die Redaktion prüft Ihre Änderungen, bevor sie erscheinen.`;
  const validity = `Der Link gilt bis zum ${date(expiresAt)}. Bitte geben Sie ihn nicht weiter: Wer ihn hat, kann Änderungen vorschlagen. Einen neuen Link bekommen Sie jederzeit von der Redaktion; damit wird dieser ungültig.`;
  const english = `In English: use this personal link until ${dateEn(expiresAt)} to update your place's profile; the editorial team reviews every change before it goes live.`;
  const text = ['Guten Tag,', intro, `Profil bearbeiten: ${link}`, validity, `${english}\n${linkEn}`, 'Viele Grüße\nIhre Redaktion von Kreativorte im Grünen'].join('\n\n');
  const html = [
    '<p>Guten Tag,</p>',
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(link)}">Profil bearbeiten</a></p>`,
    `<p>${escapeHtml(validity)}</p>`,
    `<p lang="en">${escapeHtml(english)} <a href="${escapeHtml(linkEn)}">Edit the profile</a></p>`,
    '<p>Viele Grüße<br>Ihre Redaktion von Kreativorte im Grünen</p>',
  ].join('\n');
  return { subject, text, html };
};
