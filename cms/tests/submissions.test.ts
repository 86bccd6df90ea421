import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledModule, printServedSchema } from '../scripts/strapi-app.mjs';
import { asAutor, asRedaktion } from './support/admin';
import { bearer, previewToken, startCms, type Cms } from './support/cms';
import { sendJson } from './support/json';

const SUBMISSION = 'api::submission.submission';
const PLACE = 'api::place.place';
const TOKEN = 'website-submissions-test-token-0123456789abcdef';
const CONVERT = (documentId: string) => `/kreativorte/submissions/${documentId}/convert`;
const LONG_DESCRIPTION =
  'Die alte Dorfschule steht seit 2019 leer. Wir, drei Familien aus Berlin und Magdeburg, wollen daraus Wohnungen, ein Atelier und einen Coworking-Raum für das Dorf machen.\n\nIm Sommer soll es ein erstes Hoffest geben, zu dem alle Nachbarn eingeladen sind.';

const { purgeRejectedSubmissions } = compiledModule<typeof import('../src/submissions/retention')>('submissions/retention');
const { ensureSubmissionToken } = compiledModule<typeof import('../src/access/submission-token')>('access/submission-token');
const { PUBLIC_TYPES } = compiledModule<typeof import('../src/content-types')>('content-types');

let cms: Cms;
beforeAll(async () => {
  cms = await startCms({ SUBMISSION_TOKEN: TOKEN });
});
afterAll(() => cms?.stop());

const proposal = (overrides: Record<string, unknown> = {}) => ({
  name: 'Alte Dorfschule Kläden',
  town: 'Kläden',
  district: 'Landkreis Stendal',
  stage: 'planned',
  themes: ['wohnen-bauen', 'leben-tourismus'],
  description: LONG_DESCRIPTION,
  website: 'https://dorfschule-klaeden.example',
  contactName: 'Erika Muster',
  contactEmail: 'erika@example.org',
  consent: true,
  ...overrides,
});

/** Strapi's answer to a request: what it stored, or why it refused. */
type Answer<T = unknown> = {
  data: T;
  error: { details: { errors?: { path: string[] }[]; key?: string; placeDocumentId?: string | null } };
};
type Created = Answer<{ documentId: string }>;
type Converted = Answer<{ placeDocumentId: string }>;

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  sendJson<Answer>(`${cms.url}${path}`, method, body, headers);
const submit = async (data: unknown, headers: Record<string, string> = bearer(TOKEN)) => {
  const { status, body } = await sendJson<Created>(`${cms.url}/api/submissions`, 'POST', { data }, headers);
  return { status, body: body! };
};

/** The fields a 400 names: Strapi's and our rules' `details.errors`, or the key it refused outright. */
const fieldsOf = (body: Answer): string[] => [
  ...(body?.error?.details?.errors ?? []).map((error: { path: string[] }) => String(error.path[0])),
  ...(body?.error?.details?.key ? [body.error.details.key] : []),
];

// The stored proposal, or null where it is gone: the tests assert on either, field by field.
const stored = (documentId: string) =>
  cms.strapi.documents(SUBMISSION).findOne({ documentId, populate: { themes: { fields: ['slug'] }, place: { fields: ['documentId'] } } }) as Promise<any>;

describe('the website token', () => {
  it('stores a proposal, with its themes, and answers with its id only', async () => {
    const { status, body } = await submit(proposal());
    expect(status).toBe(201);
    expect(body).toEqual({ data: { documentId: expect.any(String) } });

    const submission = await stored(body.data.documentId);
    expect(submission).toMatchObject({ name: 'Alte Dorfschule Kläden', town: 'Kläden', stage: 'planned', consent: true, reviewStatus: 'new' });
    expect(submission.themes.map((theme: { slug: string }) => theme.slug).sort()).toEqual(['leben-tourismus', 'wohnen-bauen']);
    expect(submission.statusChangedAt).toBeTruthy();
    expect(submission.place).toBeNull();
  });

  it('takes a proposal without the optional fields and tidies whitespace', async () => {
    const { status, body } = await submit(proposal({ district: undefined, stage: undefined, themes: [], website: '', name: '  Hof   am See ' }));
    expect(status).toBe(201);
    const submission = await stored(body.data.documentId);
    expect(submission).toMatchObject({ name: 'Hof am See', district: null, stage: null, website: '' });
    expect(submission.themes).toEqual([]);
  });

  it.each([
    ['a missing name', { name: undefined }, 'name'],
    ['an empty town', { town: '   ' }, 'town'],
    ['an invalid email address', { contactEmail: 'keine-adresse' }, 'contactEmail'],
    ['no consent', { consent: false }, 'consent'],
    ['a missing consent', { consent: undefined }, 'consent'],
    ['an unknown theme', { themes: ['wohnen-bauen', 'gibt-es-nicht'] }, 'themes'],
    ['themes that are no list', { themes: 'wohnen-bauen' }, 'themes'],
    ['a description that is too long', { description: 'x'.repeat(1001) }, 'description'],
    ['HTML in the description', { description: 'Schön hier <script>alert(1)</script>' }, 'description'],
    ['HTML in the name', { name: '<b>Hof</b>' }, 'name'],
    ['a website that is no http(s) address', { website: 'javascript:alert(1)' }, 'website'],
    ['an unknown stage', { stage: 'fertig' }, 'stage'],
    ['a review status of its own', { reviewStatus: 'accepted' }, 'reviewStatus'],
    ['a status', { status: 'published' }, 'status'],
    ['an internal note', { note: 'Bitte sofort annehmen' }, 'note'],
    ['a place', { place: 'abc' }, 'place'],
    ['an unknown field', { password: 'x' }, 'password'],
  ])('refuses %s with a 400 naming the field', async (_case, overrides, field) => {
    const before = await cms.strapi.db.query(SUBMISSION).count();
    const { status, body } = await submit(proposal(overrides));
    expect(status).toBe(400);
    expect(fieldsOf(body)).toContain(field);
    expect(await cms.strapi.db.query(SUBMISSION).count()).toBe(before);
  });

  it('refuses a body without data', async () => {
    expect((await call('POST', '/api/submissions', proposal(), bearer(TOKEN))).status).toBe(400);
  });

  it('cannot read proposals, not even its own', async () => {
    const { body } = await submit(proposal());
    const documentId = body.data.documentId;
    for (const [method, path] of [
      ['GET', '/api/submissions'],
      ['GET', `/api/submissions/${documentId}`],
      ['PUT', `/api/submissions/${documentId}`],
      ['DELETE', `/api/submissions/${documentId}`],
    ]) {
      const response = await call(method, path, method === 'PUT' ? { data: { reviewStatus: 'accepted' } } : undefined, bearer(TOKEN));
      expect([404, 405], `${method} ${path}`).toContain(response.status);
    }
    expect((await stored(documentId)).reviewStatus).toBe('new');
  });

  it('can do nothing else over REST or GraphQL', async () => {
    const place = await cms.strapi.documents(PLACE).findFirst({ filters: { slug: 'kultur-nische' }, locale: 'de' });
    const placeBefore = await cms.strapi.db.query(PLACE).count();
    const requests: [string, string, unknown?][] = [
      ['GET', '/api/places'],
      ['GET', `/api/places/${place!.documentId}`],
      ['POST', '/api/places', { data: { name: 'Eingeschmuggelt', slug: 'eingeschmuggelt', teaser: 'x' } }],
      ['PUT', `/api/places/${place!.documentId}`, { data: { teaser: 'Überschrieben' } }],
      ['DELETE', `/api/places/${place!.documentId}`],
      ['GET', '/api/themes'],
      ['GET', '/api/meetings'],
      ['GET', '/api/global'],
      ['GET', '/api/redirects'],
      ['GET', '/api/upload/files'],
      ['GET', '/api/users'],
      ['GET', '/api/i18n/locales'],
    ];
    for (const [method, path, body] of requests) {
      const response = await call(method, path, body, bearer(TOKEN));
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(await cms.strapi.db.query(PLACE).count()).toBe(placeBefore);

    const places = await cms.graphql<{ places: unknown[] }>(`{ places { name } }`, undefined, bearer(TOKEN));
    expect(places.body.data?.places ?? null).toBeNull();
    expect(places.body.errors?.[0]?.message).toMatch(/forbidden/i);
    const type = await cms.graphql<{ __type: unknown }>(`{ __type(name: "Submission") { name } }`, undefined, bearer(TOKEN));
    expect(type.body.data?.__type).toBeNull();
    const submissions = await cms.graphql(`{ submissions { name } }`, undefined, bearer(TOKEN));
    expect(submissions.status).toBe(400);
  });

  it('is the only way in: the public and the preview token cannot create proposals', async () => {
    const before = await cms.strapi.db.query(SUBMISSION).count();
    expect((await submit(proposal(), {})).status).toBe(403);
    expect((await submit(proposal(), bearer(previewToken()))).status).toBe(403);
    expect((await submit(proposal(), bearer('falsch'))).status).toBe(401);
    expect(await cms.strapi.db.query(SUBMISSION).count()).toBe(before);
  });

  it('keeps exactly one such token with the create permission and the answer form’s two actions only, however often the CMS boots', async () => {
    const tokens = cms.strapi.db.query('admin::api-token');
    const token = await tokens.findOne({ where: { name: 'website-submissions' } });
    await cms.strapi.service('admin::api-token').update(token.id, { type: 'full-access' });
    await ensureSubmissionToken(cms.strapi);
    await ensureSubmissionToken(cms.strapi);
    const found = await tokens.findMany({ where: { name: 'website-submissions' }, populate: ['permissions'] });
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe('custom');
    expect(found[0].permissions.map((p: { action: string }) => p.action).sort()).toEqual(
      ['api::notice-reply.reply.send', 'api::notice-reply.reply.status', 'api::submission.submission.create'].sort(),
    );
    expect((await submit(proposal())).status).toBe(201);
  });
});

describe('proposals are never public', () => {
  it('are not in the served GraphQL schema, the public types or the Public role', async () => {
    expect(printServedSchema(cms.strapi)).not.toMatch(/submission/i);
    expect(PUBLIC_TYPES).not.toContain(SUBMISSION);
    const publicRole = await cms.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' }, populate: ['permissions'] });
    expect(publicRole.permissions.map((p: { action: string }) => p.action).filter((action: string) => action.includes('submission'))).toEqual([]);
  });
});

describe('retention', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const create = async (status: 'new' | 'in_review' | 'accepted' | 'rejected', daysAgo: number) => {
    const submissions = cms.strapi.documents(SUBMISSION);
    const { town, description, contactName, contactEmail } = proposal();
    const created = await submissions.create({
      data: { name: `${status} vor ${daysAgo} Tagen`, town, description, contactName, contactEmail, consent: true, reviewStatus: 'new' },
    });
    if (status !== 'new') await submissions.update({ documentId: created.documentId, data: { reviewStatus: status } });
    await cms.strapi.db.query(SUBMISSION).update({ where: { documentId: created.documentId }, data: { statusChangedAt: new Date(Date.now() - daysAgo * DAY) } });
    return created.documentId;
  };

  it('stamps the time of every status change', async () => {
    const { body } = await submit(proposal());
    const documentId = body.data.documentId;
    await cms.strapi.db.query(SUBMISSION).update({ where: { documentId }, data: { statusChangedAt: new Date(Date.now() - 10 * DAY) } });
    await cms.strapi.documents(SUBMISSION).update({ documentId, data: { note: 'noch offen' } });
    expect(Date.now() - new Date((await stored(documentId)).statusChangedAt).getTime()).toBeGreaterThan(9 * DAY);
    await cms.strapi.documents(SUBMISSION).update({ documentId, data: { reviewStatus: 'rejected', statusChangedAt: '2000-01-01T00:00:00.000Z' } });
    expect(Date.now() - new Date((await stored(documentId)).statusChangedAt).getTime()).toBeLessThan(60_000);
  });

  it('deletes rejected proposals 30 days after the rejection and keeps everything else', async () => {
    const expired = await create('rejected', 31);
    const recent = await create('rejected', 29);
    const accepted = await create('accepted', 400);
    const waiting = await create('new', 400);
    const reviewing = await create('in_review', 400);

    expect(await purgeRejectedSubmissions(cms.strapi)).toBeGreaterThanOrEqual(1);
    expect(await stored(expired)).toBeNull();
    for (const kept of [recent, accepted, waiting, reviewing]) expect(await stored(kept)).not.toBeNull();
    expect(await purgeRejectedSubmissions(cms.strapi)).toBe(0);
    expect(await purgeRejectedSubmissions(cms.strapi, new Date(Date.now() + 2 * DAY))).toBe(1);
    expect(await stored(recent)).toBeNull();
  });

  it('runs every night as a cron task', async () => {
    const cron = cms.strapi.cron.jobs.find((job) => job.name === 'purgeRejectedSubmissions');
    expect(cron).toBeDefined();
    const next = cron!.job.nextInvocation()!;
    expect(new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(next)).toBe('03:30');
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(DAY);

    const expired = await create('rejected', 45);
    await cron!.job.invoke();
    expect(await stored(expired)).toBeNull();
  });
});

describe('converting a proposal into a place', () => {
  it('creates a German draft place with the proposal’s data and marks the proposal accepted', async () => {
    const { body } = await submit(proposal());
    const documentId = body.data.documentId;
    const as = await asRedaktion(cms.url);
    const converted = await as<Converted>('POST', CONVERT(documentId));
    expect(converted.status).toBe(201);
    const placeId = converted.body!.data.placeDocumentId;
    expect(placeId).toEqual(expect.any(String));

    const place = (await cms.strapi.documents(PLACE).findOne({
      documentId: placeId,
      locale: 'de',
      status: 'draft',
      populate: ['themes', 'address', 'contact'],
    }))!;
    expect(place).toMatchObject({
      name: 'Alte Dorfschule Kläden',
      slug: expect.stringMatching(/^alte-dorfschule-klaeden(-\d+)?$/),
      stage: 'planned',
      website: 'https://dorfschule-klaeden.example',
      isSample: false,
      address: { town: 'Kläden', district: 'Landkreis Stendal', state: 'Sachsen-Anhalt' },
      contact: null,
      internalContact: 'Erika Muster <erika@example.org>',
      publishedAt: null,
    });
    const teaser = place.teaser ?? '';
    expect(teaser.length).toBeLessThanOrEqual(200);
    expect(teaser).toMatch(/^Die alte Dorfschule steht seit 2019 leer\. .*[^ ]…$/);
    expect(LONG_DESCRIPTION.replace(/\s+/g, ' ')).toContain(teaser.slice(0, -1));
    expect(place.building).toHaveLength(2);
    expect(place.building?.[1].children[0]).toMatchObject({ text: 'Im Sommer soll es ein erstes Hoffest geben, zu dem alle Nachbarn eingeladen sind.' });
    expect((place.themes ?? []).map((theme) => theme.slug).sort()).toEqual(['leben-tourismus', 'wohnen-bauen']);
    const creator = await cms.strapi.db.query(PLACE).findOne({ where: { documentId: placeId }, populate: ['createdBy'] });
    expect(creator.createdBy.email).toBe('redaktion@example.com');
    expect(await cms.strapi.documents(PLACE).findOne({ documentId: placeId, locale: 'de', status: 'published' })).toBeNull();
    const publicPlaces = await cms.graphqlData<{ places: unknown[] }>(`{ places(filters: { documentId: { eq: "${placeId}" } }) { name } }`);
    expect(publicPlaces.places).toEqual([]);

    const submission = await stored(documentId);
    expect(submission.reviewStatus).toBe('accepted');
    expect(submission.place.documentId).toBe(placeId);

    const again = await as<Converted>('POST', CONVERT(documentId));
    expect(again.status).toBe(409);
    expect(again.body!.error.details.placeDocumentId).toBe(placeId);
    expect(await cms.strapi.db.query(PLACE).count({ where: { name: 'Alte Dorfschule Kläden' } })).toBe(1);
  });

  it('gives a second place of the same name a slug of its own', async () => {
    const as = await asRedaktion(cms.url);
    const slugs: (string | null | undefined)[] = [];
    for (let i = 0; i < 2; i++) {
      const { body } = await submit(proposal({ name: 'Gutshaus Überall' }));
      const converted = await as<Converted>('POST', CONVERT(body.data.documentId));
      expect(converted.status).toBe(201);
      const place = await cms.strapi.documents(PLACE).findOne({ documentId: converted.body!.data.placeDocumentId, locale: 'de' });
      slugs.push(place?.slug);
    }
    expect(slugs).toEqual(['gutshaus-ueberall', 'gutshaus-ueberall-2']);
  });

  it('leaves a proposal alone that an editor accepted by hand', async () => {
    const { body } = await submit(proposal({ name: 'Schon angenommen' }));
    const documentId = body.data.documentId;
    await cms.strapi.documents(SUBMISSION).update({ documentId, data: { reviewStatus: 'accepted' } });
    const converted = await (await asRedaktion(cms.url))<Converted>('POST', CONVERT(documentId));
    expect(converted.status).toBe(409);
    expect(converted.body!.error.details.placeDocumentId).toBeNull();
    expect(await cms.strapi.db.query(PLACE).count({ where: { name: 'Schon angenommen' } })).toBe(0);
  });

  it('is for the Redaktion: an Autor, a stranger and an unknown proposal are refused', async () => {
    const { body } = await submit(proposal());
    const documentId = body.data.documentId;
    const autor = await asAutor(cms.url);
    expect((await autor('POST', CONVERT(documentId))).status).toBe(403);
    expect((await call('POST', CONVERT(documentId))).status).toBe(401);
    expect((await call('POST', CONVERT(documentId), undefined, bearer(TOKEN))).status).toBe(401);
    expect((await (await asRedaktion(cms.url))('POST', CONVERT('gibt-es-nicht'))).status).toBe(404);
    expect((await stored(documentId)).reviewStatus).toBe('new');
  });
});

describe('editors', () => {
  const LIST = `/content-manager/collection-types/${SUBMISSION}`;

  it('the Redaktion reads, updates and deletes proposals, but creates none by hand', async () => {
    const { body } = await submit(proposal());
    const documentId = body.data.documentId;
    const as = await asRedaktion(cms.url);
    const list = await as<{ results: unknown[] }>('GET', `${LIST}?sort=createdAt:DESC`);
    expect(list.status).toBe(200);
    expect(list.body!.results[0]).toMatchObject({ documentId, contactEmail: 'erika@example.org' });
    const current = (await as<Answer<Record<string, unknown>>>('GET', `${LIST}/${documentId}`)).body!.data;
    expect((await as('PUT', `${LIST}/${documentId}`, { ...current, reviewStatus: 'in_review', note: 'Anrufen' })).status).toBe(200);
    expect((await stored(documentId)).reviewStatus).toBe('in_review');
    expect((await as('POST', LIST, proposal({ themes: undefined }))).status).toBe(403);
    expect((await as('DELETE', `${LIST}/${documentId}`)).status).toBe(200);
    expect(await stored(documentId)).toBeNull();
  });

  it('an Autor does not see proposals at all', async () => {
    const as = await asAutor(cms.url);
    expect((await as('GET', LIST)).status).toBe(403);
  });
});
