import { SUBMISSION } from '../content-types';
import { escapeHtml } from '../mail';

export type SubmissionForMail = {
  documentId: string;
  name: string;
  town: string;
  district?: string | null;
  stage?: string | null;
  themes?: { name: string }[];
  description: string;
  website?: string | null;
  contactName: string;
  contactEmail: string;
  createdAt: string | Date;
};

export const STAGE_LABELS: Record<string, string> = {
  idea: 'Idee',
  planned: 'In Planung',
  under_development: 'Im Aufbau',
  active: 'Aktiv',
};

const dateTime = (value: string | Date) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(value));

export const adminEntryUrl = (adminUrl: string, documentId: string) =>
  `${adminUrl.replace(/\/$/, '')}/content-manager/collection-types/${SUBMISSION}/${documentId}`;

/** The German notice to the editors: the proposal's key facts and where to open it. */
export const submissionMail = (submission: SubmissionForMail, adminUrl: string) => {
  const link = adminEntryUrl(adminUrl, submission.documentId);
  const facts: [string, string][] = [
    ['Name des Orts', submission.name],
    ['Ort', [submission.town, submission.district].filter(Boolean).join(', ')],
    ['Entwicklungsstand', submission.stage ? STAGE_LABELS[submission.stage] ?? submission.stage : 'nicht angegeben'],
    ['Themen', submission.themes?.length ? submission.themes.map((theme) => theme.name).join(', ') : 'keine angegeben'],
    ['Website', submission.website || 'keine angegeben'],
    ['Kontakt', `${submission.contactName} <${submission.contactEmail}>`],
    ['Eingegangen', dateTime(submission.createdAt)],
  ];
  const subject = `Neuer Vorschlag: ${submission.name} (${submission.town})`;
  const text = [
    'Über die Website ist ein neuer Vorschlag für einen Kreativort eingegangen.',
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    'Beschreibung:',
    submission.description,
    '',
    `Im Redaktionssystem öffnen: ${link}`,
    '',
    'Antworten auf diese E-Mail gehen direkt an die einreichende Person.',
  ].join('\n');
  const html = [
    '<p>Über die Website ist ein neuer Vorschlag für einen Kreativort eingegangen.</p>',
    '<table>',
    ...facts.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`),
    '</table>',
    '<p><strong>Beschreibung:</strong></p>',
    `<p>${escapeHtml(submission.description).replace(/\n/g, '<br>')}</p>`,
    `<p><a href="${escapeHtml(link)}">Im Redaktionssystem öffnen</a></p>`,
    '<p>Antworten auf diese E-Mail gehen direkt an die einreichende Person.</p>',
  ].join('\n');
  return { subject, text, html };
};
