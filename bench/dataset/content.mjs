// Deterministic sample content: the same N always gives the same places, so benchmark runs on
// regenerated datasets compare like with like.
import { TOWNS } from './towns.mjs';

/** @typedef {keyof typeof TOWNS} Region */
/** @typedef {'f' | 'm' | 'n'} Gender */
/** @typedef {{ id: number, alt: { de: string, en: string } }} Image */
/** @typedef {{ covers: Image[], gallery: Image[] }} Images */

/**
 * mulberry32: small, fast and good enough to vary text, not for anything secret.
 * @param {number} seed
 */
const random = (seed) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @param {number} max */
  const int = (max) => Math.floor(next() * max);
  /**
   * @template T
   * @param {readonly T[]} list
   */
  const pick = (list) => list[int(list.length)];
  /**
   * @template T
   * @param {readonly T[]} list
   * @param {number} min
   * @param {number} max
   */
  const some = (list, min, max) => {
    const pool = [...list];
    const count = Math.min(pool.length, min + int(max - min + 1));
    return Array.from({ length: count }, () => pool.splice(int(pool.length), 1)[0]);
  };
  return { next, int, pick, some };
};

// Building types with their grammatical gender (f, m, n), which German adjectives and articles
// follow; `slug` is the ASCII form that goes into the place's slug.
/** @type {[de: string, gender: Gender, en: string, slug: string, formerUse: string][]} */
const BUILDING_ROWS = [
  ['Molkerei', 'f', 'dairy', 'molkerei', 'Molkerei der Genossenschaft'],
  ['Mühle', 'f', 'mill', 'muehle', 'Wassermühle'],
  ['Scheune', 'f', 'barn', 'scheune', 'Scheune eines Bauernhofs'],
  ['Dorfschule', 'f', 'village school', 'dorfschule', 'Grundschule des Dorfes'],
  ['Bahnhof', 'm', 'railway station', 'bahnhof', 'Empfangsgebäude der Bahn'],
  ['Kornspeicher', 'm', 'granary', 'kornspeicher', 'Getreidespeicher'],
  ['Gutshaus', 'n', 'manor house', 'gutshaus', 'Herrenhaus eines Gutes'],
  ['Pfarrhaus', 'n', 'parsonage', 'pfarrhaus', 'Wohnhaus des Pfarrers'],
  ['Brauerei', 'f', 'brewery', 'brauerei', 'Brauerei mit Gaststätte'],
  ['Ziegelei', 'f', 'brickworks', 'ziegelei', 'Ziegelei mit Ringofen'],
  ['Schmiede', 'f', 'forge', 'schmiede', 'Dorfschmiede'],
  ['Stellwerk', 'n', 'signal box', 'stellwerk', 'Stellwerk der Reichsbahn'],
  ['Konsum', 'm', 'village shop', 'konsum', 'Dorfladen'],
  ['Gasthof', 'm', 'inn', 'gasthof', 'Gasthof mit Saal'],
  ['Lokschuppen', 'm', 'engine shed', 'lokschuppen', 'Lokschuppen'],
  ['Kulturhaus', 'n', 'cultural centre', 'kulturhaus', 'Kulturhaus der LPG'],
  ['Vierseithof', 'm', 'four-sided farm', 'vierseithof', 'Bauernhof'],
  ['Wasserturm', 'm', 'water tower', 'wasserturm', 'Wasserturm'],
  ['Güterschuppen', 'm', 'goods shed', 'gueterschuppen', 'Güterabfertigung'],
  ['Tischlerei', 'f', 'joinery', 'tischlerei', 'Tischlerei'],
  ['Gärtnerei', 'f', 'market garden', 'gaertnerei', 'Gärtnerei mit Gewächshäusern'],
  ['Posthaus', 'n', 'post office', 'posthaus', 'Postamt'],
  ['Forsthaus', 'n', 'forester’s lodge', 'forsthaus', 'Försterei'],
  ['Landambulatorium', 'n', 'rural clinic', 'landambulatorium', 'Poliklinik'],
  ['Speicher', 'm', 'warehouse', 'speicher', 'Lagerhaus am Hafen'],
];
const BUILDINGS = BUILDING_ROWS.map(([de, gender, en, slug, formerUse]) => ({ de, gender, en, slug, formerUse }));

const ARTICLES = { f: { nominative: 'Die', dative: 'der' }, m: { nominative: 'Der', dative: 'dem' }, n: { nominative: 'Das', dative: 'dem' } };
// Without an article (in names) the ending shows the gender; after one it is -en in the dative.
const NAME_ENDINGS = { f: 'e', m: 'er', n: 'es' };

const ADJECTIVES = [
  ['Alt', 'alt'],
  ['Neu', 'neu'],
  ['Groß', 'gross'],
  ['Klein', 'klein'],
  ['Rot', 'rot'],
].map(([de, slug]) => ({ de, slug }));

const USES = [
  ['Coworking-Plätze', 'coworking desks', 'coworking'],
  ['Ateliers', 'studios', 'studios'],
  ['Werkstätten', 'workshops', 'workshops'],
  ['Probewohnen', 'trial living', 'trial_living'],
  ['Gästezimmer', 'guest rooms', 'rooms'],
  ['ein Hofcafé', 'a farmyard café', 'other'],
  ['Kulturveranstaltungen', 'cultural events', 'event_space'],
  ['Seminarräume', 'seminar rooms', 'rooms'],
  ['ein Repair-Café', 'a repair café', 'workshops'],
  ['Wohnungen für junge Familien', 'flats for young families', 'trial_living'],
  ['einen Hofladen', 'a farm shop', 'other'],
  ['ein Dorfkino', 'a village cinema', 'event_space'],
].map(([de, en, kind]) => ({ de, en, kind }));

/** @type {[de: string, en: string, plural?: boolean][]} */
const PEOPLE_ROWS = [
  ['Ein Verein', 'An association'],
  ['Eine Genossenschaft', 'A cooperative'],
  ['Zwei Familien aus Berlin', 'Two families from Berlin', true],
  ['Eine Gruppe von Rückkehrerinnen und Rückkehrern', 'A group of people who moved back'],
  ['Ein Architektenpaar', 'A couple of architects'],
  ['Die Gemeinde', 'The municipality'],
];
const PEOPLE = PEOPLE_ROWS.map(([de, en, plural = false]) => ({ de, en, plural }));

const SEEKING = ['fellow_campaigners', 'residents', 'investors', 'tenants', 'supporters'];
/** The share of notices whose last day has passed: they stay in the database, and the public API leaves them out. */
const EXPIRED_SHARE = 0.15;
const STAGES = ['idea', 'planned', 'under_development', 'active', 'active'];
const NETWORKS = { altmark: 'kreativorte_im_gruenen', 'sachsen-anhalt': 'kreativorte_im_gruenen', brandenburg: 'zukunftsorte_brandenburg' };
// The Altmark is the pilot region, so it has the most places.
/** @type {[Region, number][]} */
const REGION_WEIGHTS = [['altmark', 0.45], ['sachsen-anhalt', 0.3], ['brandenburg', 0.25]];
const THEMES = ['wohnen-bauen', 'arbeiten-wirtschaft', 'leben-tourismus'];
const ENGLISH_SHARE = 0.3;

/** @param {string} text */
const paragraph = (text) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
/**
 * @param {string[]} items
 * @param {string} and
 */
const list = (items, and) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : items.join(''));
/** @param {string} name */
const townSlug = (name) =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** @param {ReturnType<typeof random>} rng */
const pickRegion = (rng) => {
  let roll = rng.next();
  for (const [slug, weight] of REGION_WEIGHTS) {
    if ((roll -= weight) < 0) return slug;
  }
  return REGION_WEIGHTS[0][0];
};

/**
 * How many partners a dataset with `places` places has.
 * @param {number} places
 */
export const partnerCountFor = (places) => Math.max(5, Math.round(places / 20));

/**
 * The seed's illustrations of places, reused as covers and galleries by the generated places.
 * @param {import('./env.mjs').Strapi} strapi
 * @returns {Promise<Images>}
 */
export const seedImages = async (strapi) => {
  /** @type {{ id: number, name: string, alternativeText: string }[]} */
  const files = await strapi.db.query('plugin::upload.file').findMany({ where: { name: { $startsWith: 'place-' } }, select: ['id', 'name', 'alternativeText'], orderBy: { id: 'asc' } });
  /** @param {(typeof files)[number]} file */
  const image = (file) => ({ id: file.id, alt: { de: file.alternativeText, en: 'Illustration of a building' } });
  return {
    covers: files.filter((f) => f.name.endsWith('-cover.jpg')).map(image),
    gallery: files.filter((f) => /-gallery-\d+\.jpg$/.test(f.name)).map(image),
  };
};

/** The word the benchmark's search scenario types: a building type in about 1 in 25 places. */
export const SEARCH_TERM = 'molkerei';

/**
 * The draws that make a place's name and slug, first in its sequence, so the slug alone is cheap.
 * @param {ReturnType<typeof random>} rng
 * @param {number} index
 */
const placeIdentity = (rng, index) => {
  const region = pickRegion(rng);
  const town = rng.pick(TOWNS[region].towns);
  const building = rng.pick(BUILDINGS);
  const adjective = rng.next() < 0.4 ? rng.pick(ADJECTIVES) : undefined;
  const townName = town.name.replace(/ \(.*\)$/, '');
  const ending = NAME_ENDINGS[building.gender];
  const name = [adjective && adjective.de + ending, building.de, townName].filter(Boolean).join(' ');
  const slug = [adjective && adjective.slug + ending, building.slug, townSlug(townName), index + 1].filter(Boolean).join('-');
  return { region, town, townName, building, adjective, name, slug };
};

// The hubs' main stations, for travel times that grow with the distance, as the directory's
// filter from a hub (`/orte?von=berlin&minuten=90`) meets them on real data.
const HUBS = {
  minutesFromBerlin: [52.525, 13.369],
  minutesFromHamburg: [53.553, 10.007],
  minutesFromHannover: [52.377, 9.742],
  minutesFromMagdeburg: [52.13, 11.627],
  minutesFromLeipzig: [51.345, 12.382],
};
const MAX_HUB_MINUTES = 300;

/**
 * A town's minutes from each hub within five hours (about 1.1 minutes a kilometre as the crow
 * flies, plus 15 to get going), door to door; no draws, so the other values stay as they were.
 * @param {{ latitude: number, longitude: number }} town
 */
const hubTimes = (town) => {
  const times = Object.fromEntries(
    Object.entries(HUBS).flatMap(([field, [latitude, longitude]]) => {
      const km = Math.hypot((town.latitude - latitude) * 111, (town.longitude - longitude) * 111 * Math.cos((latitude * Math.PI) / 180));
      const minutes = Math.round(15 + km * 1.1);
      return minutes <= MAX_HUB_MINUTES ? [[field, minutes]] : [];
    }),
  );
  return Object.keys(times).length ? { ...times, hubTimesBasis: 'door_to_door' } : {};
};

/** @param {number} index */
export const placeSlug = (index) => placeIdentity(random(index + 1), index).slug;

/**
 * One place: the fields shared by both locales, the German text, and for about 30 % of the
 * places the English text. Relations are named by slug or index; the caller resolves them.
 * @param {number} index
 * @param {{ partnerCount: number, images: Images }} options
 */
export const placeContent = (index, { partnerCount, images }) => {
  const rng = random(index + 1);
  const { region, town, townName, building, adjective, name: nameDe, slug } = placeIdentity(rng, index);
  const uses = rng.some(USES, 1, 3);
  // Editors fill in the optional parts unevenly; fewer components also keep generation fast.
  const has = { contact: rng.next() < 0.5, travelTimes: rng.next() < 0.5, seo: rng.next() < 0.3 };
  const people = rng.pick(PEOPLE);
  const article = ARTICLES[building.gender];
  const yearBuilt = 1750 + rng.int(230);
  const cover = rng.pick(images.covers);
  const gallery = rng.some(images.gallery, 0, 2);

  const shared = {
    slug,
    isSample: false,
    stage: rng.pick(STAGES),
    network: rng.next() < 0.9 ? NETWORKS[region] : 'other',
    address: { street: `Dorfstraße ${1 + rng.int(80)}`, postalCode: town.postalCode, town: town.name, district: town.district, state: TOWNS[region].state },
    geo: { latitude: +(town.latitude + (rng.next() - 0.5) * 0.08).toFixed(4), longitude: +(town.longitude + (rng.next() - 0.5) * 0.12).toFixed(4) },
    ...hubTimes(town),
    website: `https://${slug}.example.org`,
    ...(has.contact && { contact: { name: 'Projektbüro', email: `kontakt@${slug}.example.org` } }),
  };
  const relations = {
    region,
    themes: rng.some(THEMES, 1, 3),
    partners: [...new Set(Array.from({ length: partnerCount ? rng.int(3) : 0 }, () => rng.int(partnerCount)))],
  };
  /**
   * @param {Image} component
   * @param {'de' | 'en'} locale
   */
  const image = (component, locale) => ({ media: component.id, alt: component.alt[locale], credit: 'Illustration: Kreativorte im Grünen', licence: 'CC BY 4.0' });
  const facts = { formerUse: building.formerUse, yearBuilt, projectFounded: 2010 + rng.int(16), floorArea: 150 + rng.int(2000) };
  const optional = {
    ...(has.travelTimes && { travelTimes: [{ from: 'Berlin Hbf', to: townName, minutes: 60 + rng.int(150), mode: 'train' }] }),
  };

  const de = {
    ...shared,
    ...relations,
    name: nameDe,
    teaser: `${people.de} ${people.plural ? 'machen' : 'macht'} aus ${article.dative} ${adjective ? `${adjective.de.toLowerCase()}en ` : ''}${building.de} in ${townName} einen Ort für ${list(uses.map((u) => u.de), 'und')}.`,
    building: paragraph(`${article.nominative} ${building.de} wurde um ${yearBuilt} gebaut und diente zuletzt als ${building.formerUse}.`),
    location: paragraph(`Das Gebäude liegt in ${town.name} im ${town.district}.`),
    people: paragraph(`${people.de} ${people.plural ? 'haben' : 'hat'} das Gebäude übernommen und saniert es Schritt für Schritt.`),
    facts,
    ...optional,
    cover: image(cover, 'de'),
    ...(gallery.length && { gallery: gallery.map((g) => image(g, 'de')) }),
    ...(has.seo && { seo: { metaTitle: `${nameDe} – Kreativorte im Grünen`, metaDescription: `${building.de} in ${townName}: ${uses[0].de} und mehr.` } }),
  };
  // The English text is written for every place, so that a copy of a place with a translation
  // (see planCopies) can be given one; only about 30 % of the places have it as `en`.
  const english = rng.next() < ENGLISH_SHARE;
  const translation = {
    ...shared,
    ...relations,
    // Names are proper nouns and stay German, as in the editors' English entries.
    name: nameDe,
    teaser: `${people.en} ${people.plural ? 'are' : 'is'} turning the ${building.en} in ${townName} into a place for ${list(uses.map((u) => u.en), 'and')}.`,
    building: paragraph(`The ${building.en} was built around ${yearBuilt}.`),
    facts,
    ...optional,
    cover: image(cover, 'en'),
    ...(gallery.length && { gallery: gallery.map((g) => image(g, 'en')) }),
  };
  return { slug, de, en: english ? translation : undefined, translation };
};

/**
 * Which template each copied place is made from. Places 0 to `templates` − 1 are created through
 * the document service; every later place i is a copy of one of them at the database level
 * (copy.mjs), which keeps the template's relations, media, translations and number of component
 * items and takes its own texts and values from placeContent(i). So the template is chosen by
 * what the copy keeps: its region (which the copy's network, address and name must agree with),
 * whether it has an English version, and which optional parts it has (contact, SEO, travel
 * times). The templates that share all of these with i take turns; when there are none,
 * or too few for the copies that need them, fewer traits must match, the last ones given up
 * first. Returns, for each of the places `templates` to `places` − 1 in order, the index of its
 * template.
 * @param {{ places: number, templates: number, partnerCount: number, images: Images }} options
 */
export const planCopies = ({ places, templates, partnerCount, images }) => {
  /** @param {number} index */
  const traits = (index) => {
    const { de, en } = placeContent(index, { partnerCount, images });
    return [de.region, Boolean(en), 'contact' in de, 'seo' in de, 'travelTimes' in de].map(String);
  };
  const LEVELS = [5, 4, 2, 1, 0];
  /**
   * @param {string[]} own
   * @param {number} level
   */
  const keyOf = (own, level) => `${level}:${own.slice(0, level).join('|')}`;
  /** @type {Map<string, number[]>} */
  const groups = new Map();
  for (let template = 0; template < templates; template++) {
    const own = traits(template);
    for (const level of LEVELS) {
      const key = keyOf(own, level);
      const group = groups.get(key) ?? [];
      group.push(template);
      groups.set(key, group);
    }
  }
  // A group is used only if its templates are copied at most about twice as often as the
  // average template: a trait that few templates happen to have would otherwise have them
  // copied dozens of times.
  const copies = Array.from({ length: Math.max(0, places - templates) }, (_, k) => traits(templates + k));
  /** @type {Map<string, number>} */
  const demand = new Map();
  for (const own of copies) {
    for (const key of LEVELS.map((level) => keyOf(own, level))) demand.set(key, (demand.get(key) ?? 0) + 1);
  }
  const limit = 2 * Math.max(1, copies.length / templates);
  /** @type {Map<string, number>} */
  const turns = new Map();
  return copies.map((own) => {
    // Level 0 matches every template, so a key is always found.
    const key = LEVELS.map((level) => keyOf(own, level)).find((candidate) => candidate.startsWith('0:') || (demand.get(candidate) ?? 0) <= limit * (groups.get(candidate)?.length ?? 0)) ?? keyOf(own, 0);
    const turn = turns.get(key) ?? 0;
    turns.set(key, turn + 1);
    const group = groups.get(key) ?? [];
    return group[turn % group.length];
  });
};

/** @type {[prefix: string, kind: string][]} */
const PARTNER_KIND_ROWS = [
  ['Gemeinde', 'municipality'],
  ['Zimmerei', 'business'],
  ['Tischlerei', 'business'],
  ['Landwerk', 'cooperation_network'],
  ['Stiftung', 'funder'],
  ['Agentur', 'agency'],
  ['Kulturverein', 'host'],
];
const PARTNER_KINDS = PARTNER_KIND_ROWS.map(([prefix, kind]) => ({ prefix, kind }));

/** @param {number} index */
export const partnerContent = (index) => {
  const rng = random(1_000_000 + index);
  const region = pickRegion(rng);
  const town = rng.pick(TOWNS[region].towns);
  const { prefix, kind } = rng.pick(PARTNER_KINDS);
  const townName = town.name.replace(/ \(.*\)$/, '');
  const slug = `${townSlug(prefix)}-${townSlug(townName)}-${index + 1}`;
  return {
    slug,
    name: `${prefix} ${townName}`,
    kind,
    isSample: false,
    website: `https://${slug}.example.org`,
    description: paragraph(`${prefix} aus ${town.name}, Partner des Netzwerks.`),
    address: { town: town.name, district: town.district, state: TOWNS[region].state },
  };
};

/**
 * One network meeting, a quarter of them upcoming. `places` are the generated places
 * ({ documentId, english }); participants are chosen among them, in the English version only
 * those that have an English version, as relations are stored per locale.
 * @param {number} index
 * @param {{ places: { documentId: string, english: boolean }[], partners: string[], now: number }} options
 */
export const meetingContent = (index, { places, partners, now }) => {
  const rng = random(2_000_000 + index);
  const region = pickRegion(rng);
  const town = rng.pick(TOWNS[region].towns);
  const townName = town.name.replace(/ \(.*\)$/, '');
  const startsAt = new Date(now + (rng.next() - 0.75) * 3 * 365 * 86_400_000);
  startsAt.setUTCHours(9, 0, 0, 0);
  const year = startsAt.getUTCFullYear();
  const slug = `netzwerktreffen-${townSlug(townName)}-${year}-${index + 1}`;
  const participants = rng.some(places, 4, 12);
  const venue = participants[0];
  const shared = {
    slug,
    isSample: false,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 7 * 3_600_000).toISOString(),
    region,
    hosts: partners.length ? rng.some(partners, 1, 2) : [],
    address: { town: town.name, district: town.district, state: TOWNS[region].state },
    moderator: 'Moderation: Netzwerkbüro',
  };
  const de = {
    ...shared,
    venuePlace: venue.documentId,
    participants: participants.map((p) => p.documentId),
    title: `Netzwerktreffen in ${townName} ${year}`,
    summary: `Initiativen aus der Region trafen sich in ${townName}, um Erfahrungen mit Leerstand, Förderung und Nachbarschaft auszutauschen.`,
    report: paragraph(`Das Treffen fand in ${town.name} statt.`),
    workshops: [{ title: 'Leerstand beleben', guidingQuestion: 'Wie finden leere Gebäude neue Nutzerinnen und Nutzer?' }],
  };
  const englishParticipants = participants.filter((p) => p.english);
  const en =
    rng.next() < 0.5
      ? {
          ...shared,
          venuePlace: venue.english ? venue.documentId : null,
          participants: englishParticipants.map((p) => p.documentId),
          title: `Network meeting in ${townName} ${year}`,
          summary: `Initiatives from the region met in ${townName} to share what they learned about empty buildings, funding and neighbours.`,
        }
      : undefined;
  return { slug, de, en };
};

const EVENT_KINDS = /** @type {const} */ (['open_day', 'workshop', 'trial_living', 'culture', 'market', 'other']);

/**
 * One event at a generated place, three quarters of them in the coming 18 months; one in six lasts
 * whole days. `places` as for meetingContent; the English version only where the place has one.
 * @param {number} index
 * @param {{ places: { documentId: string, english: boolean }[], now: number }} options
 */
export const eventContent = (index, { places, now }) => {
  const rng = random(3_000_000 + index);
  const place = rng.pick(places);
  const kind = EVENT_KINDS[index % EVENT_KINDS.length];
  const startsAt = new Date(now + (rng.next() - 0.25) * 2 * 365 * 86_400_000);
  const allDay = kind === 'trial_living';
  startsAt.setUTCHours(allDay ? 22 : 8 + rng.int(10), 0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + (allDay ? (1 + rng.int(6)) * 86_400_000 : (1 + rng.int(4)) * 3_600_000));
  const shared = { slug: `termin-${index + 1}`, isSample: false, kind, allDay, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), place: place.documentId };
  const de = { ...shared, title: `Termin ${index + 1}`, description: paragraph('Offene Türen, Werkstatt und Gespräche über das Leben auf dem Land.'), price: 'Eintritt frei' };
  const en = place.english
    ? { ...shared, title: `Event ${index + 1}`, description: paragraph('Open doors, a workshop and talks about rural life.'), price: 'Free admission' }
    : undefined;
  return { slug: shared.slug, de, en };
};

/**
 * One notice at a generated place: a seeking (one in three) or one of its offers, added within the
 * last two years; about 15 % have lapsed, about 40 % end within the next year, the rest never.
 * @param {number} index
 * @param {{ places: { documentId: string, english: boolean }[], now: number }} options
 */
export const noticeContent = (index, { places, now }) => {
  const rng = random(4_000_000 + index);
  const place = rng.pick(places);
  const use = rng.pick(USES);
  const seeking = rng.next() < 1 / 3;
  const day = (/** @type {number} */ offsetDays) => new Date(now + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const lapse = rng.next();
  const addedDaysAgo = 30 + rng.int(700);
  const expiresOn = lapse < EXPIRED_SHARE ? day(-1 - rng.int(addedDaysAgo - 1)) : lapse < EXPIRED_SHARE + 0.4 ? day(1 + rng.int(365)) : undefined;
  const shared = {
    isSample: false,
    direction: seeking ? 'seeking' : 'offer',
    kind: seeking ? rng.pick(SEEKING) : use.kind,
    place: place.documentId,
    addedOn: day(-addedDaysAgo),
    ...(expiresOn && { expiresOn }),
  };
  const de = { ...shared, text: seeking ? `Gesucht ${index + 1}: Menschen, die mitmachen.` : `Angebot ${index + 1}: ${use.de}.` };
  const en = place.english ? { ...shared, text: seeking ? `Wanted ${index + 1}: people to join in.` : `Offer ${index + 1}: ${use.en}.` } : undefined;
  return { de, en };
};
