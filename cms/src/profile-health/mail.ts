import type { Occasion } from '../edit-links/mail';
import { paragraphs } from '../mail';
import type { Due, Expiring } from './types';
import { missingLabels } from './score';

const day = (value: string | Date) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(value));
const dayEn = (value: string | Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(value));

const quoted = (text: string) => `„${text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text}“`;

/** What the reminder says before the edit link's usual words: why it comes, and what the profile still lacks. */
export const reminderOccasion = ({ place, stale, expiring }: Due): Occasion => {
  const missing = missingLabels(place.completenessMissing);
  const lines = [
    ...(stale
      ? [`das Profil von „${place.name}“ auf Kreativorte im Grünen wurde zuletzt am ${day(place.updatedAt)} aktualisiert. Stimmt noch alles? Neue Fotos, ein aktueller Stand des Projekts oder ein geänderter Kontakt helfen allen, die Ihren Ort entdecken.`]
      : []),
    ...expiring.map(
      (seeking) =>
        `Ihr Gesuch ${quoted(seeking.text)} ist noch bis zum ${day(seeking.expiresOn)} zu sehen. Suchen Sie weiter? Dann verlängern Sie es einfach; sonst verschwindet es danach von selbst.`,
    ),
    ...(place.completeness !== null && missing.length
      ? [`Ihr Profil ist zu ${place.completeness} % vollständig. Was noch fehlt:\n${missing.map((label) => `– ${label}`).join('\n')}`]
      : []),
  ];
  return {
    subject: stale ? `Ist das Profil von „${place.name}“ noch aktuell?` : `Ihr Gesuch bei „${place.name}“ läuft bald ab`,
    lines,
    english: stale
      ? `your profile was last updated on ${dayEn(place.updatedAt)}; please check that it is still current.`
      : `your seeking ends on ${dayEn(expiring[0].expiresOn)}; extend it if you are still looking.`,
  };
};

export type Summary = {
  from: Date;
  to: Date;
  reminded: string[];
  belowHalf: { name: string; completeness: number }[];
  expiring: (Expiring & { placeName: string })[];
  adminUrl: string;
};

/** The Redaktion's weekly overview: places by name only, no addresses, no texts of the people. */
export const summaryMail = ({ from, to, reminded, belowHalf, expiring, adminUrl }: Summary) => {
  const list = (items: string[], none: string) => (items.length ? items.map((item) => `– ${item}`).join('\n') : none);
  const placesList = `${adminUrl.replace(/\/$/, '')}/content-manager/collection-types/api::place.place?sort=completeness:ASC`;
  const body = paragraphs([
    `Guten Tag,`,
    `hier ist die Übersicht über die Profile der Kreativorte vom ${day(from)} bis zum ${day(to)}.`,
    `Erinnerungen verschickt (${reminded.length}):\n${list(reminded, 'keine')}`,
    `Profile unter 50 % vollständig (${belowHalf.length}):\n${list(belowHalf.map(({ name, completeness }) => `${name}: ${completeness} %`), 'keine')}`,
    `Gesuche, die in den nächsten 14 Tagen ablaufen (${expiring.length}):\n${list(expiring.map(({ placeName, expiresOn }) => `${placeName}: bis ${day(expiresOn)}`), 'keine')}`,
    `Alle Kreativorte nach Vollständigkeit: ${placesList}`,
  ]);
  return { subject: `Wochenübersicht der Profile: ${reminded.length} Erinnerungen, ${belowHalf.length} Profile unter 50 %`, ...body };
};
