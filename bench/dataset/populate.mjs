// Child process of generate.mjs: boots the CMS on the database its environment names and runs
// the phases given as arguments, in order:
//   seed          compiles the CMS, imports the seed and adds the generated partners
//   places:K/N    adds the template places (the first BENCH_TEMPLATES) whose index is K modulo N
//                 (N processes in parallel)
//   copies        adds the other places as database-level copies of the templates (copy.mjs)
//   notices       adds what the generated places seek and offer, some of it lapsed
//   calendar      adds the meetings and the events at places, then reports the probe values to the parent
// Entries go through the document service, so that lifecycles, locales and draft/published
// rows are Strapi's own; the copies repeat those rows. Content is a pure function of the
// index, so each phase finds what earlier phases created by slug.
import { compiledModule, compile, loadStrapi, stopStrapi } from '../../cms/scripts/strapi-app.mjs';
import { eventContent, meetingContent, noticeContent, partnerContent, partnerCountFor, placeContent, placeSlug, planCopies, SEARCH_TERM, seedImages } from './content.mjs';
import { copyDocuments, missing } from './copy.mjs';
import { documentsOf } from './strapi-views.mjs';

/** @typedef {import('./env.mjs').Strapi} Strapi */
/**
 * What a populate process tells generate.mjs: progress, that it has booted, or the probe values.
 * @typedef {{ message?: string, booted?: boolean, probe?: import('./generate.mjs').Probe }} Message
 */

const places = Number(process.env.BENCH_PLACES);
// Places created through the document service; the rest are copies of them. All by default.
const templates = Math.min(places, Number(process.env.BENCH_TEMPLATES || places));
const partnerCount = partnerCountFor(places);
const meetingCount = Math.max(3, Math.round(places / 100));
const eventCount = Math.max(10, Math.round(places / 10));
const noticeCount = Math.max(20, Math.round(places / 5));
// One transaction per batch: committing each entry alone costs a disk flush per write.
const BATCH = 50;
// Parallel transactions on PostgreSQL overlap Strapi's JavaScript with the database's work;
// SQLite has a single connection, so more would only queue.
const WORKERS = process.env.DATABASE_CLIENT === 'postgres' ? 2 : 1;

/** @param {string} message */
const report = (message) => process.send?.({ message });
// Without its parent (stopped, or failed in another shard) there is nobody to finish the dataset.
process.on('disconnect', () => process.exit(1));

/**
 * Runs `task` for each index, in batches of one transaction each, a few batches at a time.
 * @param {Strapi} strapi
 * @param {number[]} indexes
 * @param {(index: number) => Promise<unknown>} task
 * @param {string} label
 */
const inBatches = async (strapi, indexes, task, label) => {
  let next = 0;
  let done = 0;
  let reported = Date.now();
  const worker = async () => {
    while (next < indexes.length) {
      const batch = indexes.slice(next, next + BATCH);
      next += batch.length;
      await strapi.db.transaction(async () => {
        for (const index of batch) await task(index);
      });
      done += batch.length;
      if (Date.now() - reported > 15_000) {
        reported = Date.now();
        report(`${label}: ${done}/${indexes.length}`);
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
};

/** @param {number} count */
const range = (count, shard = 0, shards = 1) => Array.from({ length: count }, (_, i) => i).filter((i) => i % shards === shard);

/**
 * Document ids by slug, of the entries of one type that match `where`.
 * @param {Strapi} strapi
 * @param {Parameters<Strapi['db']['query']>[0]} uid
 * @param {Record<string, unknown>} where
 * @returns {Promise<Map<string, string>>}
 */
const documentIds = async (strapi, uid, where) =>
  new Map((await strapi.db.query(uid).findMany({ where, select: ['slug', 'documentId'] })).map((/** @type {{ slug: string, documentId: string }} */ e) => [e.slug, e.documentId]));

/**
 * The document ids of the generated partners, by index.
 * @param {Strapi} strapi
 */
const partnerDocumentIds = async (strapi) => {
  const ids = await documentIds(strapi, 'api::partner.partner', { publishedAt: { $null: true } });
  return range(partnerCount).map((i) => ids.get(partnerContent(i).slug) ?? missing(`partner ${partnerContent(i).slug}`));
};

/** @param {Strapi} strapi */
const seed = async (strapi) => {
  await compiledModule('seed').seedContent(strapi);
  const partners = documentsOf(strapi, 'api::partner.partner');
  await inBatches(strapi, range(partnerCount), (i) => partners.create({ data: partnerContent(i), status: 'published' }), 'partners');
};

/**
 * @param {Strapi} strapi
 * @param {number} shard
 * @param {number} shards
 */
const addPlaces = async (strapi, shard, shards) => {
  const regions = await documentIds(strapi, 'api::region.region', { locale: 'de' });
  const themes = await documentIds(strapi, 'api::theme.theme', { locale: 'de' });
  const partners = await partnerDocumentIds(strapi);
  const images = await seedImages(strapi);
  const documents = documentsOf(strapi, 'api::place.place');
  /** @param {ReturnType<typeof placeContent>['de' | 'translation']} place */
  const relations = ({ partners: partnerIndexes, ...data }) => ({
    ...data,
    region: regions.get(data.region),
    themes: data.themes.map((slug) => themes.get(slug)),
    // An empty list still costs Strapi a lookup per locale.
    ...(partnerIndexes.length && { partners: partnerIndexes.map((index) => partners[index]) }),
  });
  await inBatches(strapi, range(templates, shard, shards), async (i) => {
    const { de, en } = placeContent(i, { partnerCount, images });
    const { documentId } = await documents.create({ data: relations(de), locale: 'de', status: 'published' });
    if (en) await documents.update({ documentId, locale: 'en', data: relations(en), status: 'published' });
  }, `places ${shard + 1}/${shards}`);
};

/** @param {Strapi} strapi */
const addCopies = async (strapi) => {
  if (templates >= places) return;
  const images = await seedImages(strapi);
  const ids = await documentIds(strapi, 'api::place.place', { locale: 'de', publishedAt: { $null: true } });
  const plan = planCopies({ places, templates, partnerCount, images });
  const copies = plan.map((template, k) => {
    const from = ids.get(placeSlug(template));
    if (!from) throw new Error(`template place ${placeSlug(template)} is missing`);
    // German is written as the place is; another locale takes its translation, whether or not
    // this index would have had one (the template decides that).
    const content = placeContent(templates + k, { partnerCount, images });
    return { from, data: (/** @type {string} */ locale) => (locale === 'de' ? content.de : content.translation) };
  });
  const written = await copyDocuments(strapi, 'api::place.place', copies, { report });
  report(`copied ${copies.length} places from ${templates}: ${Object.entries(written).map(([table, rows]) => `${table} ${rows}`).join(', ')}`);
};

/**
 * The generated places' document ids by index, and whether each has an English version.
 * @param {Strapi} strapi
 */
const generatedPlaces = async (strapi) => {
  const german = await documentIds(strapi, 'api::place.place', { locale: 'de', publishedAt: { $null: true } });
  const english = new Set((await documentIds(strapi, 'api::place.place', { locale: 'en', publishedAt: { $null: true } })).values());
  const generated = range(places).map((i) => {
    const documentId = german.get(placeSlug(i)) ?? missing(`place ${placeSlug(i)}`);
    return { documentId, english: english.has(documentId) };
  });
  return { german, generated };
};

/** @param {Strapi} strapi */
const addNotices = async (strapi) => {
  const { generated } = await generatedPlaces(strapi);
  const notices = documentsOf(strapi, 'api::notice.notice');
  const now = Date.now();
  await inBatches(strapi, range(noticeCount), async (i) => {
    const { de, en } = noticeContent(i, { places: generated, now });
    const { documentId } = await notices.create({ data: de, locale: 'de', status: 'published' });
    if (en) await notices.update({ documentId, locale: 'en', data: en, status: 'published' });
  }, 'notices');
};

/** @param {Strapi} strapi */
const addCalendar = async (strapi) => {
  const regions = await documentIds(strapi, 'api::region.region', { locale: 'de' });
  const { german, generated } = await generatedPlaces(strapi);
  const partners = await partnerDocumentIds(strapi);
  const documents = documentsOf(strapi, 'api::meeting.meeting');
  const now = Date.now();
  /** @param {ReturnType<typeof meetingContent>['de'] | NonNullable<ReturnType<typeof meetingContent>['en']>} data */
  const relations = (data) => ({ ...data, region: regions.get(data.region) });
  await inBatches(strapi, range(meetingCount), async (i) => {
    const { de, en } = meetingContent(i, { places: generated, partners, now });
    const { documentId } = await documents.create({ data: relations(de), locale: 'de', status: 'published' });
    if (en) await documents.update({ documentId, locale: 'en', data: relations(en), status: 'published' });
  }, 'meetings');
  const events = documentsOf(strapi, 'api::event.event');
  await inBatches(strapi, range(eventCount), async (i) => {
    const { de, en } = eventContent(i, { places: generated, now });
    const { documentId } = await events.create({ data: de, locale: 'de', status: 'published' });
    if (en) await events.update({ documentId, locale: 'en', data: en, status: 'published' });
  }, 'events');
  // The first upcoming event: its page is weighed and loaded.
  const eventSlug = range(eventCount).map((i) => eventContent(i, { places: generated, now }).de).find((e) => Date.parse(e.startsAt) > now)?.slug;

  const placeCount = await strapi.db.query('api::place.place').count({ where: { locale: 'de', publishedAt: { $notNull: true }, isSample: false } });
  // The venue of the first meeting: its profile shows a meeting, as the fuller profiles do.
  const venue = meetingContent(0, { places: generated, partners, now }).de.venuePlace;
  const placeSlugs = new Map([...german].map(([slug, documentId]) => [documentId, slug]));
  process.send?.({ probe: { placeSlug: placeSlugs.get(venue), eventSlug, regionSlug: 'altmark', themeSlug: 'leben-tourismus', searchTerm: SEARCH_TERM, placeCount } });
};

/**
 * Wall-clock and CPU time of this process since `started` (Date.now()) and `cpu` (process.cpuUsage()).
 * @param {number} started
 * @param {NodeJS.CpuUsage} [cpu]
 */
const took = (started, cpu) => {
  const { user, system } = process.cpuUsage(cpu);
  return `${((Date.now() - started) / 1000).toFixed(1)} s (CPU of this process: ${((user + system) / 1e6).toFixed(1)} s)`;
};

const phases = process.argv.slice(2);
const booting = Date.now();
if (phases.includes('seed')) await compile();
const strapi = await loadStrapi();
report(`${phases.includes('seed') ? 'compiled and booted' : 'booted'} in ${took(booting)}`);
// Processes started together write only once all have booted: a boot's CREATE INDEX IF NOT
// EXISTS (cms/src/database/indexes.ts) waits for a lock on the table behind the open
// transactions of a process already writing to it.
if (process.env.BENCH_START_TOGETHER) {
  // Listening keeps the IPC channel, and with it this process, alive: only until told to go.
  /** @type {Promise<void>} */
  const go = new Promise((resolve) => {
    /** @param {{ go?: boolean }} message */
    const listen = (message) => message.go && (process.off('message', listen), resolve());
    process.on('message', listen);
  });
  process.send?.({ booted: true });
  await go;
}
try {
  for (const phase of phases) {
    const started = Date.now();
    const cpu = process.cpuUsage();
    const [name, shard = '0/1'] = phase.split(':');
    const [k, n] = shard.split('/').map(Number);
    if (name === 'seed') await seed(strapi);
    else if (name === 'places') await addPlaces(strapi, k, n);
    else if (name === 'copies') await addCopies(strapi);
    else if (name === 'notices') await addNotices(strapi);
    else if (name === 'calendar') await addCalendar(strapi);
    else throw new Error(`unknown phase ${phase}`);
    report(`${phase} in ${took(started, cpu)}`);
  }
} finally {
  await stopStrapi(strapi);
}
