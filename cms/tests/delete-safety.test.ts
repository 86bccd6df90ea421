import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRedaktion, type AdminCall } from './support/admin';
import { startCms, type Cms } from './support/cms';
import { danglingLinks } from './support/integrity';
import { askAsTheSite, siteOperations } from './support/site-operations';
import { startSiteReceiver } from './support/site-receiver';

// Deleting a partner or a place, as an editor does, must never break the website: whatever
// referred to it lets go of it (no link row is left behind), every query the website sends still
// answers without errors, the deleted page is gone (the site answers 404), and the website is told.
// Each test asks the CMS every query of the website for the entries concerned: give it time.
const ASKING = 120_000;

let site: Awaited<ReturnType<typeof startSiteReceiver>>;
let cms: Cms;
let redaktion: AdminCall;
beforeAll(async () => {
  site = await startSiteReceiver();
  cms = await startCms(site.env);
  redaktion = await asRedaktion(cms.url);
});
afterAll(async () => {
  await cms?.stop();
  site?.close();
});

// A type named at run time: the document service's types are per type, so this helper reads loosely.
const docs = (uid: string) => cms.strapi.documents(uid as never) as any;
const documentIdOf = async (uid: string, slug: string): Promise<string> => (await docs(uid).findFirst({ filters: { slug } })).documentId;

/** The slugs the given entries relate to, per language version, read through the document service. */
const related = async (uid: string, slug: string, field: string) => {
  const rows = await docs(uid).findMany({ filters: { slug }, locale: '*', status: 'published', populate: [field] });
  const values = rows.flatMap((row: Record<string, any>) => [row[field]].flat().filter(Boolean));
  return values.map((value: { slug: string }) => value.slug);
};

const hookFor = (model: string, documentId: string) =>
  site.waitFor(({ body }) => body.event === 'entry.delete' && body.model === model && body.eviction?.purge.includes(documentId) === true);

/** The order an operation's `sort` variable takes where it is not the calendar's. */
const SORTS: Record<string, string[]> = { Directory: ['name:asc', 'slug:asc'] };

/** Every query of the website for these slugs (a notice's documentId), in both languages: each must answer without errors. */
const askAbout = async (slugs: Partial<Record<'place' | 'meeting' | 'event' | 'partner' | 'article' | 'region' | 'notice' | 'person', string[]>>) => {
  const bySlug: Record<string, keyof typeof slugs> = {
    PlaceProfile: 'place',
    MeetingReport: 'meeting',
    CalendarMeetingBySlug: 'meeting',
    CalendarPlace: 'place',
    EventPage: 'event',
    CalendarEventBySlug: 'event',
    PartnerProfile: 'partner',
    ArticleDetail: 'article',
    RegionShowcase: 'region',
    NoticePage: 'notice',
    PersonDetail: 'person',
  };
  const failures: unknown[] = [];
  const answers: Record<string, any> = {};
  for (const { name, variables } of siteOperations()) {
    if (name === 'Redirect') continue;
    const slugged = bySlug[name];
    for (const slug of slugged ? (slugs[slugged] ?? []) : [undefined]) {
      for (const locale of ['de', 'en']) {
        const values = Object.fromEntries(
          variables.filter((v) => v !== 'status').map((v) => [v, { locale, slug, documentId: slug, page: 1, pageSize: 12, withGerman: locale !== 'de', translated: locale !== 'de', withEvents: true, withMeetings: true, sort: SORTS[name] ?? ['startsAt:asc'] }[v] ?? {}]),
        );
        const { status, body } = await askAsTheSite(cms, name, values);
        if (status !== 200 || body.errors) failures.push({ name, values, status, errors: body.errors });
        answers[`${name} ${slug ?? ''} ${locale}`] = body.data;
      }
    }
  }
  expect(failures).toEqual([]);
  return answers;
};

describe('deleting through the document service, as scripts and lifecycles do', () => {
  it('lets places and meetings go of a deleted partner', async () => {
    const slug = 'landwerk-genossenschaft';
    expect(await related('api::place.place', 'hofwerkstatt-stendal', 'partners')).toContain(slug);
    expect(await related('api::meeting.meeting', 'netzwerktreffen-kalbe-2027', 'hosts')).toContain(slug);
    expect(await related('api::meeting.meeting', 'werkstatttreffen-tangermuende-2026', 'moderationPartner')).toContain(slug);

    const documentId = await documentIdOf('api::partner.partner', slug);
    await docs('api::partner.partner').delete({ documentId });

    expect(await related('api::place.place', 'hofwerkstatt-stendal', 'partners')).not.toContain(slug);
    expect(await related('api::meeting.meeting', 'netzwerktreffen-kalbe-2027', 'hosts')).toEqual(['gemeinde-lindenfelde', 'gemeinde-lindenfelde']);
    expect(await related('api::meeting.meeting', 'werkstatttreffen-tangermuende-2026', 'moderationPartner')).toEqual([]);
    expect(await danglingLinks(cms.strapi)).toEqual([]);
    await hookFor('partner', documentId);

    const answers = await askAbout({
      partner: [slug],
      place: ['hofwerkstatt-stendal', 'alte-molkerei-kalbe', 'werkhalle-kloetze'],
      meeting: ['netzwerktreffen-kalbe-2027', 'werkstatttreffen-tangermuende-2026'],
    });
    expect(answers[`PartnerProfile ${slug} de`].partners).toEqual([]);
    expect(answers['Partners  de'].partners.map((p: { slug: string }) => p.slug)).not.toContain(slug);
    expect(answers['MeetingReport werkstatttreffen-tangermuende-2026 de'].meetings[0].moderationPartner).toBeNull();
  }, ASKING);

  it('lets meetings, articles, partners, the home page and a proposal go of a deleted place, and drops redirects to it', async () => {
    const places = docs('api::place.place');
    const documentId = await documentIdOf('api::place.place', 'alte-molkerei-kalbe');
    // An earlier slug, whose redirect would now lead to a missing page.
    for (const locale of ['de', 'en']) {
      await places.update({ documentId, locale, data: { slug: 'molkerei-kalbe' } });
      await places.publish({ documentId, locale });
    }
    expect(await cms.strapi.db.query('api::redirect.redirect').findOne({ where: { from: '/orte/alte-molkerei-kalbe' } })).toMatchObject({ to: '/orte/molkerei-kalbe' });
    const proposal = await docs('api::submission.submission').create({
      data: { name: 'Molkerei', town: 'Kalbe', description: 'Umgewandelt.', contactName: 'Jana Beispiel', contactEmail: 'jana@example.org', consent: true, reviewStatus: 'accepted', place: documentId },
    });
    expect(await related('api::meeting.meeting', 'netzwerktreffen-kalbe-2027', 'venuePlace')).toEqual(['molkerei-kalbe', 'molkerei-kalbe']);
    const featured = async () => (await docs('api::homepage.homepage').findFirst({ locale: 'de', populate: ['featuredPlaces'] })).featuredPlaces.map((p: { slug: string }) => p.slug);
    expect(await featured()).toContain('molkerei-kalbe');

    await places.delete({ documentId, locale: '*' });

    expect(await places.findMany({ filters: { documentId }, locale: '*' })).toEqual([]);
    expect(await related('api::meeting.meeting', 'netzwerktreffen-kalbe-2027', 'venuePlace')).toEqual([]);
    expect(await related('api::meeting.meeting', 'netzwerktreffen-kalbe-2027', 'participants')).not.toContain('molkerei-kalbe');
    expect(await related('api::article.article', 'probewohnen-in-der-alten-molkerei', 'places')).toEqual([]);
    expect(await featured()).not.toContain('molkerei-kalbe');
    expect((await docs('api::submission.submission').findOne({ documentId: proposal.documentId, populate: ['place'] })).place).toBeNull();
    expect(await cms.strapi.db.query('api::redirect.redirect').findMany({ where: { to: '/orte/molkerei-kalbe' } })).toEqual([]);
    expect(await danglingLinks(cms.strapi)).toEqual([]);
    await hookFor('place', documentId);
    const notices = await docs('api::notice.notice').findMany({ filters: { text: { $startsWith: 'Für ein frei werdendes Atelier' } }, locale: 'de', populate: ['place'] });

    const answers = await askAbout({
      notice: notices.map((notice: { documentId: string }) => notice.documentId),
      place: ['molkerei-kalbe', 'alte-molkerei-kalbe'],
      meeting: ['netzwerktreffen-kalbe-2027'],
      event: ['tag-der-offenen-tuer-alte-molkerei-kalbe'],
      article: ['probewohnen-in-der-alten-molkerei'],
      person: ['beispiel-marta-kruse'],
    });
    expect(answers['PlaceProfile molkerei-kalbe de'].places).toEqual([]);
    expect(answers['PlaceProfile molkerei-kalbe en'].places).toEqual([]);
    // Its people stay, without the place, and its profile lists none.
    expect(answers['PersonDetail beispiel-marta-kruse de'].people[0].places).toEqual([]);
    expect(answers['PlaceProfile molkerei-kalbe de'].people).toEqual([]);
    expect(answers['MeetingReport netzwerktreffen-kalbe-2027 de'].meetings[0].venuePlace).toBeNull();
    // The place's event stays, without a place, until an editor gives it another or deletes it.
    expect(answers['EventPage tag-der-offenen-tuer-alte-molkerei-kalbe de'].events[0].place).toBeNull();
    // So do its notices, whose page is then gone; the place's profile, gone too, lists none.
    expect(notices.map((notice: { place: unknown }) => notice.place)).toEqual([null]);
    expect(answers['PlaceProfile molkerei-kalbe de'].notices).toEqual([]);
    expect(answers[`NoticePage ${notices[0].documentId} de`].notice).toMatchObject({ place: null });
    expect((await askAsTheSite<{ redirects: unknown[] }>(cms, 'Redirect', { from: '/orte/alte-molkerei-kalbe' })).body.data?.redirects).toEqual([]);
  }, ASKING);
});

describe('deleting in the admin panel, through the content manager API', () => {
  it('deletes a partner that hosts a meeting at its venue', async () => {
    const slug = 'daily-am-dom';
    expect(await related('api::meeting.meeting', 'netzwerktreffen-stendal', 'venuePartner')).toEqual([slug, slug]);
    const documentId = await documentIdOf('api::partner.partner', slug);
    const { status } = await redaktion('DELETE', `/content-manager/collection-types/api::partner.partner/${documentId}`);
    expect(status).toBe(200);
    expect(await related('api::meeting.meeting', 'netzwerktreffen-stendal', 'venuePartner')).toEqual([]);
    expect(await danglingLinks(cms.strapi)).toEqual([]);
    await hookFor('partner', documentId);
    const answers = await askAbout({ partner: [slug], meeting: ['netzwerktreffen-stendal'] });
    expect(answers[`PartnerProfile ${slug} de`].partners).toEqual([]);
  }, ASKING);

  it('deletes one language of a place, then the whole place with all its languages', async () => {
    const slug = 'speicherwerk-tangermuende';
    const documentId = await documentIdOf('api::place.place', slug);
    const path = `/content-manager/collection-types/api::place.place/${documentId}`;

    expect((await redaktion('DELETE', `${path}?locale=en`)).status).toBe(200);
    const left = await docs('api::place.place').findMany({ filters: { documentId }, locale: '*' });
    expect(left.map((row: { locale: string }) => row.locale)).toEqual(['de']);
    expect(await related('api::meeting.meeting', 'werkstatttreffen-tangermuende-2026', 'venuePlace')).toEqual([slug]);
    expect(await danglingLinks(cms.strapi)).toEqual([]);

    expect((await redaktion('DELETE', `${path}?locale=*`)).status).toBe(200);
    expect(await docs('api::place.place').findMany({ filters: { documentId }, locale: '*' })).toEqual([]);
    expect(await related('api::meeting.meeting', 'werkstatttreffen-tangermuende-2026', 'venuePlace')).toEqual([]);
    expect(await related('api::article.article', 'rueckblick-werkstatttreffen-tangermuende', 'places')).toEqual(['vierseithof-bismark', 'vierseithof-bismark']);
    expect(await danglingLinks(cms.strapi)).toEqual([]);
    await hookFor('place', documentId);
  });
});

it('leaves every page of the website answering, in both languages', async () => {
  const slugs = async (uid: string): Promise<string[]> => [...new Set<string>((await docs(uid).findMany({ locale: '*', status: 'published' })).map((row: { slug: string }) => row.slug))];
  const [place, meeting, event, partner, article, region] = await Promise.all(
    ['api::place.place', 'api::meeting.meeting', 'api::event.event', 'api::partner.partner', 'api::article.article', 'api::region.region'].map(slugs),
  );
  expect(place).not.toContain('speicherwerk-tangermuende');
  const notice = [...new Set<string>((await docs('api::notice.notice').findMany({ locale: '*', status: 'published' })).map((row: { documentId: string }) => row.documentId))];
  await askAbout({ place, meeting, event, partner, article, region, notice });
}, ASKING);
