import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimRun } from '../src/jobs/claim';
import { runDailyHealth, runWeeklySummary } from '../src/profile-health/jobs';
import { backfillScores, recomputeAllScores } from '../src/profile-health/recompute';
import { addDays, berlinDay, DAY_MS } from '../src/time';
import { asRedaktion } from './support/admin';
import { bearer, startCms, type Cms } from './support/cms';
import { siteToken } from './support/env';
import { sendJson } from './support/json';
import { startSmtp } from './support/smtp';

const EDIT_TOKEN = 'website-edits-test-token-0123456789abcdef';
const PLACE = 'api::place.place';
const NOTICE = 'api::notice.notice';
const EVENT = 'api::event.event';
const REDAKTION = 'redaktion@kreativorte.example';
/** Real places and one sample, each with its own private address. */
const ADDRESSES = {
  buergermeisterhof: 'vorstand@buergermeisterhof.example',
  'kultur-nische': 'team@kultur-nische.example',
  'alte-molkerei-kalbe': 'beispiel@molkerei.example',
};

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let cms: Cms;

type Row = { documentId: string; slug: string; locale: string; publishedAt: string | null; updatedAt: string; completeness: number | null; completenessMissing: unknown; lastReminderAt: string | null };
const rowsOf = async (slug: string): Promise<Row[]> =>
  cms.strapi.db.query(PLACE).findMany({
    where: { slug },
    select: ['documentId', 'slug', 'locale', 'publishedAt', 'updatedAt', 'completeness', 'completenessMissing', 'lastReminderAt'],
    orderBy: { id: 'asc' },
  });
const placeId = async (slug: string) => (await rowsOf(slug))[0].documentId;
const scoreOf = async (slug: string) => {
  const rows = await rowsOf(slug);
  // Every row of the document, each locale and version, holds the same score.
  expect(new Set(rows.map((row) => JSON.stringify([row.completeness, row.completenessMissing]))).size).toBe(1);
  return { completeness: rows[0].completeness, missing: rows[0].completenessMissing };
};

beforeAll(async () => {
  smtp = await startSmtp();
  cms = await startCms({
    EDIT_TOKEN,
    EDIT_LINK_SECRET: 'edit-link-secret-for-tests-0123456789',
    ...smtp.env,
    SUBMISSION_NOTIFY_EMAILS: REDAKTION,
    SITE_URL: 'https://kreativorte.example',
    PUBLIC_URL: 'https://cms.kreativorte.example',
  });
  for (const [slug, privateEmail] of Object.entries(ADDRESSES)) {
    await cms.strapi.db.query(PLACE).updateMany({ where: { slug }, data: { privateEmail } });
  }
});
afterAll(async () => {
  await cms?.stop();
  await smtp?.close();
});

/**
 * Written from cms/data/seed/, not from the code: every seed place has a cover with alt text and
 * credit, all five sections, facts, coordinates, a published English version, and at least one
 * offer or seeking that does not expire before 2027-04 (the notices seeded from them); each has
 * two gallery images, one short of three. Events (events.json) are at sample places only.
 */
const SEED_PLACES = [
  'buergermeisterhof', 'kultur-nische', 'alte-molkerei-kalbe', 'speicherwerk-tangermuende', 'gueterschuppen-osterburg',
  'sommerfrische-arendsee', 'inselschule-havelberg', 'vierseithof-bismark', 'landhandel-seehausen', 'werkhalle-kloetze',
  'ladenatelier-gardelegen', 'hofwerkstatt-stendal', 'alte-schmiede-beetzendorf', 'saegewerk-ilsetal', 'saalehof-wettin',
  'dorfschule-kemberg', 'muehlenhof-zoerbig', 'kelterhaus-freyburg', 'scheunenbuero-angermuende', 'lagerhaus-pritzwalk',
  'stellwerk-jueterbog', 'kornspeicher-letschin', 'seeschule-rheinsberg',
];
/** The places with an event that is not over on 6 December 2026: all in 2027. */
const EVENTS_AFTER_DECEMBER = ['alte-molkerei-kalbe', 'vierseithof-bismark', 'werkhalle-kloetze', 'hofwerkstatt-stendal', 'saalehof-wettin', 'kornspeicher-letschin'];

const expectedScores = (withEvent: string[], withoutNotice: string[] = []) =>
  Object.fromEntries(
    SEED_PLACES.map((slug) => {
      const missing = ['gallery', ...(withoutNotice.includes(slug) ? ['notice'] : []), ...(withEvent.includes(slug) ? [] : ['event'])];
      return [slug, { completeness: 100 - 10 * missing.length, missing }];
    }),
  );

const allScores = async () => Object.fromEntries(await Promise.all(SEED_PLACES.map(async (slug) => [slug, await scoreOf(slug)])));

describe('the completeness score', () => {
  it('matches the seed', async () => {
    await recomputeAllScores(cms.strapi, new Date('2026-12-06T10:00:00Z'));
    expect(await allScores()).toEqual(expectedScores(EVENTS_AFTER_DECEMBER));
  });

  it('follows the clock: an event is upcoming until its day is over, a seeking until its last day', async () => {
    // The open workshop at the Speicherwerk is on 7 November 2026, all day long upcoming in Berlin.
    await recomputeAllScores(cms.strapi, new Date('2026-11-07T22:30:00Z'));
    expect((await scoreOf('speicherwerk-tangermuende')).missing).toEqual(['gallery']);
    await recomputeAllScores(cms.strapi, new Date('2026-11-07T23:30:00Z'));
    expect((await scoreOf('speicherwerk-tangermuende')).missing).toEqual(['gallery', 'event']);
    // The Kornspeicher's one entry, a seeking, is shown through 31 March 2027; its festival is on 22 May 2027.
    await recomputeAllScores(cms.strapi, new Date('2027-04-01T10:00:00Z'));
    expect(await allScores()).toEqual(
      expectedScores(['vierseithof-bismark', 'werkhalle-kloetze', 'hofwerkstatt-stendal', 'saalehof-wettin', 'kornspeicher-letschin', 'alte-molkerei-kalbe'], ['kornspeicher-letschin']),
    );
    await recomputeAllScores(cms.strapi);
  });

  it('is recomputed after writes of the place, its events and notices, without an editorial change of the place', async () => {
    const documentId = await placeId('kultur-nische');
    const before = await rowsOf('kultur-nische');
    expect((await scoreOf('kultur-nische')).missing).toEqual(['gallery', 'event']);

    const start = new Date(Date.now() + 30 * DAY_MS).toISOString();
    const end = new Date(Date.now() + 30 * DAY_MS + 3 * 60 * 60 * 1000).toISOString();
    const event = await cms.strapi.documents(EVENT).create({
      locale: 'de',
      data: { title: 'Offene Werkstatt in der Kultur-Nische', slug: 'offene-werkstatt-kultur-nische', kind: 'workshop', startsAt: start, endsAt: end, allDay: false, place: documentId, isSample: false },
    });
    expect((await scoreOf('kultur-nische')).missing).toEqual(['gallery', 'event']);
    await cms.strapi.documents(EVENT).publish({ documentId: event.documentId, locale: 'de' });
    expect(await scoreOf('kultur-nische')).toEqual({ completeness: 90, missing: ['gallery'] });

    // No draft, no new version, no new updatedAt: the place's rows are as they were but for the score.
    const after = await rowsOf('kultur-nische');
    expect(after.map(({ locale, publishedAt, updatedAt }) => ({ locale, publishedAt, updatedAt }))).toEqual(
      before.map(({ locale, publishedAt, updatedAt }) => ({ locale, publishedAt, updatedAt })),
    );

    // Moving the event to another place counts for both.
    const other = await placeId('buergermeisterhof');
    await cms.strapi.documents(EVENT).update({ documentId: event.documentId, locale: 'de', data: { place: other } });
    await cms.strapi.documents(EVENT).publish({ documentId: event.documentId, locale: 'de' });
    expect((await scoreOf('kultur-nische')).missing).toEqual(['gallery', 'event']);
    expect((await scoreOf('buergermeisterhof')).missing).toEqual(['gallery']);
    await cms.strapi.documents(EVENT).delete({ documentId: event.documentId });
    expect((await scoreOf('buergermeisterhof')).missing).toEqual(['gallery', 'event']);

    // A saved draft is not the profile yet; publishing it is.
    await cms.strapi.documents(PLACE).update({ documentId, locale: 'de', data: { people: [] } });
    expect((await scoreOf('kultur-nische')).completeness).toBe(80);
    await cms.strapi.documents(PLACE).publish({ documentId, locale: 'de' });
    expect(await scoreOf('kultur-nische')).toEqual({ completeness: 75, missing: ['people', 'gallery', 'event'] });
  });

  it('is filled in at boot for places without one', async () => {
    await cms.strapi.db.queryBuilder(PLACE).update({ completeness: null, completenessMissing: null }).where({ slug: { $in: ['buergermeisterhof', 'seeschule-rheinsberg'] } }).execute();
    expect((await scoreOf('buergermeisterhof')).completeness).toBeNull();
    await backfillScores(cms.strapi);
    expect(await scoreOf('buergermeisterhof')).toEqual({ completeness: 80, missing: ['gallery', 'event'] });
    expect((await scoreOf('seeschule-rheinsberg')).completeness).toBe(80);
  });

  it('is listed, sorted and filtered in the admin', async () => {
    const redaktion = await asRedaktion(cms.url);
    const path = `/content-manager/collection-types/${PLACE}?sort=completeness:ASC&filters[$and][0][completeness][$lt]=80&locale=de`;
    const { status, body } = await redaktion<{ results: { slug: string; completeness: number }[] }>('GET', path);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body!.results.map(({ slug, completeness }) => [slug, completeness])).toEqual([['kultur-nische', 75]]);
  });

  it('never reaches the public API', async () => {
    for (const headers of [{}, bearer(siteToken)]) {
      const graphql = await cms.graphql('{ places { name completeness } }', undefined, headers);
      expect(graphql.body.errors?.[0]?.message).toMatch(/completeness/);
      const rest = await cms.rest('/api/places?populate=*', headers);
      expect(JSON.stringify(rest.body)).not.toMatch(/completeness|lastReminderAt/);
      // Asked for by name, in fields, filters or sort, it is an unknown key.
      for (const query of ['fields[0]=completeness', 'sort=completeness:asc', 'filters[completeness][$lt]=50']) {
        const asked = await cms.rest(`/api/places?${query}`, headers);
        expect(asked.status, query).toBe(400);
        expect(JSON.stringify(asked.body)).not.toMatch(/"completeness":\d/);
      }
    }
  });
});

describe('the daily reminders', () => {
  const today = new Date();
  const in13Months = new Date(today);
  in13Months.setUTCMonth(in13Months.getUTCMonth() + 13);
  const later = (days: number) => new Date(in13Months.getTime() + days * DAY_MS);

  const seeking = async (slug: string, expiresOn: string, isSample: boolean) => {
    const created = await cms.strapi.documents(NOTICE).create({
      locale: 'de',
      data: { direction: 'seeking', kind: 'fellow_campaigners', text: 'Menschen, die im Hof mit anpacken.', place: await placeId(slug), addedOn: berlinDay(today), expiresOn, isSample },
    });
    await cms.strapi.documents(NOTICE).publish({ documentId: created.documentId, locale: 'de' });
  };

  const mailsFrom = (from: number) => smtp.received.slice(from).filter(({ envelopeTo }) => !envelopeTo.includes(REDAKTION));

  it('remind a real place of a seeking that lapses within 14 days, with a working edit link, never a sample', async () => {
    await seeking('kultur-nische', addDays(berlinDay(today), 10), false);
    await seeking('alte-molkerei-kalbe', addDays(berlinDay(today), 5), true);
    const from = smtp.received.length;
    const reminded = await runDailyHealth(cms.strapi, today);
    expect(reminded).toEqual([await placeId('kultur-nische')]);
    await smtp.waitForMail(/Gesuch/, from);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const mails = mailsFrom(from);
    expect(mails.map(({ envelopeTo }) => envelopeTo)).toEqual([[ADDRESSES['kultur-nische']]]);
    const { mail } = mails[0];
    expect(mail.subject).toBe('Ihr Gesuch bei „Kultur-Nische“ läuft bald ab');
    expect(mail.text).toContain('„Menschen, die im Hof mit anpacken.“ ist noch bis zum');
    expect(mail.text).toContain('Ihr Profil ist zu 75 % vollständig. Was noch fehlt:\n– Text im Abschnitt „Die Menschen“');
    expect(mail.text).toContain('Mit diesem persönlichen Link');

    const token = new URL(/https:\/\/kreativorte\.example\/bearbeiten\?t=\S+/.exec(mail.text ?? '')![0]).searchParams.get('t')!;
    const opened = await sendJson<{ data: { session: string } }>(`${cms.url}/api/edit-sessions`, 'POST', { token }, bearer(EDIT_TOKEN));
    expect(opened.status).toBe(201);
    const current = await sendJson<{ data: { completeness: unknown } }>(`${cms.url}/api/edit-sessions/current`, 'GET', undefined, {
      ...bearer(EDIT_TOKEN),
      'x-edit-session': opened.body!.data.session,
    });
    expect(current.body?.data.completeness).toEqual({ completeness: 75, missing: ['people', 'gallery', 'event'] });

    const rows = await rowsOf('kultur-nische');
    expect(rows.every((row) => row.lastReminderAt && new Date(row.lastReminderAt).getTime() === today.getTime())).toBe(true);
  });

  it('run once a day: again the same day, nothing', async () => {
    const from = smtp.received.length;
    expect(await runDailyHealth(cms.strapi, today)).toBeNull();
    expect(await claimRun(cms.strapi, 'profile-health-daily', berlinDay(today))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsFrom(from)).toEqual([]);
  });

  it('remind profiles not updated for 12 months, once, however many runs start at the same time', async () => {
    const from = smtp.received.length;
    const runs = await Promise.all([runDailyHealth(cms.strapi, in13Months), runDailyHealth(cms.strapi, in13Months), runDailyHealth(cms.strapi, in13Months)]);
    expect(runs.filter((run) => run === null)).toHaveLength(2);
    expect(runs.find((run) => run !== null)?.sort()).toEqual([await placeId('buergermeisterhof'), await placeId('kultur-nische')].sort());
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = mailsFrom(from);
    expect(mails.map(({ envelopeTo }) => envelopeTo[0]).sort()).toEqual([ADDRESSES.buergermeisterhof, ADDRESSES['kultur-nische']].sort());
    const mail = mails.find(({ envelopeTo }) => envelopeTo[0] === ADDRESSES.buergermeisterhof)!.mail;
    expect(mail.subject).toBe('Ist das Profil von „Bürgermeisterhof“ noch aktuell?');
    expect(mail.text).toMatch(/wurde zuletzt am \d+\. \S+ \d{4} aktualisiert/);
  });

  it('leave a reminded place alone for 30 days, then remind it again while still due', async () => {
    let from = smtp.received.length;
    expect(await runDailyHealth(cms.strapi, later(29))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsFrom(from)).toEqual([]);

    from = smtp.received.length;
    expect((await runDailyHealth(cms.strapi, later(31)))?.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsFrom(from).map(({ envelopeTo }) => envelopeTo[0]).sort()).toEqual([ADDRESSES.buergermeisterhof, ADDRESSES['kultur-nische']].sort());
  });
});

describe('the cron tasks', () => {
  it('run the reminders daily at 07:30 and the summary on Mondays at 08:00, in Berlin', () => {
    const at = (name: string) => {
      const next = cms.strapi.cron.jobs.find((job) => job.name === name)!.job.nextInvocation()!;
      return new Intl.DateTimeFormat('de-DE', { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(next);
    };
    expect(at('profileHealth')).toMatch(/ 07:30$/);
    expect(at('profileHealthSummary')).toBe('Montag, 08:00');
  });
});

describe('the weekly summary', () => {
  it('tells the Redaktion the reminders, the weak profiles and the lapsing seekings, with place names only, once a week', async () => {
    const monday = new Date();
    monday.setUTCMonth(monday.getUTCMonth() + 13);
    monday.setTime(monday.getTime() + 32 * DAY_MS);
    while (new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Berlin' }).format(monday) !== 'Mon') monday.setTime(monday.getTime() + DAY_MS);
    await cms.strapi.db.queryBuilder(PLACE).update({ completeness: 40 }).where({ slug: 'buergermeisterhof' }).execute();

    const from = smtp.received.length;
    expect(await runWeeklySummary(cms.strapi, monday)).toBe(true);
    const { envelopeTo, mail } = await smtp.waitForMail(/Wochenübersicht/, from);
    expect(envelopeTo).toEqual([REDAKTION]);
    expect(mail.subject).toBe('Wochenübersicht der Profile: 2 Erinnerungen, 1 Profile unter 50 %');
    expect(mail.text).toContain('Erinnerungen verschickt (2):\n– Bürgermeisterhof\n– Kultur-Nische');
    expect(mail.text).toContain('Profile unter 50 % vollständig (1):\n– Bürgermeisterhof: 40 %');
    expect(mail.text).toContain('https://cms.kreativorte.example/admin/content-manager/collection-types/api::place.place?sort=completeness:ASC');
    for (const address of Object.values(ADDRESSES)) expect(`${mail.text}${mail.html}`).not.toContain(address);

    expect(await runWeeklySummary(cms.strapi, monday)).toBeNull();
  });
});
