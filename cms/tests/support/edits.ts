import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

/** The place these edits create: German and English, with a freshly uploaded cover. */
export const EDITED_PLACE = 'alte-scheune-wust';

/** Uploads a JPEG through the upload service, as the media library does, formats included. */
const uploadImage = async (strapi: Core.Strapi, name: string, alternativeText: string) => {
  const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4a7a3a' } }).jpeg().toBuffer();
  const dir = await mkdtemp(join(tmpdir(), 'kig-upload-'));
  try {
    const filepath = join(dir, name);
    await writeFile(filepath, buffer);
    const [file]: { id: number; documentId: string }[] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText } },
        files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: buffer.length },
      });
    return file;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/**
 * An editor's day on top of the seed, through the document service: a new place with an
 * uploaded image, relations and an English version; a meeting and an article that now point at
 * it; an unpublished draft change; and a proposal from the website's form.
 */
export const editContent = async (strapi: Core.Strapi) => {
  // A type named at run time: the document service's types are per type, so this helper reads loosely.
  const docs = (uid: string) => strapi.documents(uid as never) as any;
  const find = async (uid: string, slug: string, locale?: string): Promise<string> => (await docs(uid).findFirst({ filters: { slug }, locale })).documentId;
  const [region, theme, partner] = await Promise.all([
    find('api::region.region', 'altmark', 'de'),
    find('api::theme.theme', 'wohnen-bauen', 'de'),
    find('api::partner.partner', 'zimmerei-elbholz'),
  ]);
  const image = await uploadImage(strapi, 'alte-scheune-wust.jpg', 'Die Alte Scheune in Wust');
  const cover = (alt: string) => ({ media: image.id, alt, credit: 'Foto: Test', licence: 'CC BY 4.0' });

  // Each language version is created with the fields shared by all languages, as the admin sends them.
  const shared = { slug: EDITED_PLACE, stage: 'planned', network: 'kreativorte_im_gruenen', isSample: false };
  const places = docs('api::place.place');
  const { documentId } = await places.create({
    locale: 'de',
    data: {
      ...shared,
      name: 'Alte Scheune Wust',
      teaser: 'Eine Feldsteinscheune, in der bald Werkstätten entstehen.',
      region,
      themes: [theme],
      partners: [partner],
      address: { street: 'Dorfstraße 3', postalCode: '39524', town: 'Wust', state: 'Sachsen-Anhalt' },
      geo: { latitude: 52.56, longitude: 12.03 },
      travelTimes: [{ from: 'Tangermünde', to: 'Wust', minutes: 25, mode: 'bike' }],
      cover: cover('Die Alte Scheune in Wust'),
      internalNotes: 'Schlüssel bei Familie Beispiel',
    },
  });
  await places.publish({ documentId, locale: 'de' });
  await places.update({
    documentId,
    locale: 'en',
    data: {
      ...shared,
      name: 'Old Barn Wust',
      teaser: 'A fieldstone barn that will soon house workshops.',
      region,
      themes: [theme],
      partners: [partner],
      travelTimes: [{ from: 'Tangermünde', to: 'Wust', minutes: 25, mode: 'bike' }],
      cover: cover('The Old Barn in Wust'),
    },
  });
  await places.publish({ documentId, locale: 'en' });

  const meeting = await find('api::meeting.meeting', 'werkstatttreffen-tangermuende-2026', 'de');
  await docs('api::meeting.meeting').update({ documentId: meeting, locale: 'de', data: { participants: { connect: [documentId] } } });
  await docs('api::meeting.meeting').publish({ documentId: meeting, locale: 'de' });
  const article = await find('api::article.article', 'probewohnen-in-der-alten-molkerei', 'de');
  await docs('api::article.article').update({ documentId: article, locale: 'de', data: { places: { connect: [documentId] } } });
  await docs('api::article.article').publish({ documentId: article, locale: 'de' });

  const draftOnly = await find('api::place.place', 'kultur-nische', 'de');
  await places.update({ documentId: draftOnly, locale: 'de', data: { teaser: 'Noch nicht veröffentlicht: ein neuer Teaser.' } });

  await docs('api::submission.submission').create({
    data: {
      name: 'Gutshaus Kläden',
      town: 'Kläden',
      description: 'Ein Gutshaus mit Park sucht Menschen, die dort arbeiten wollen.',
      contactName: 'Jana Beispiel',
      contactEmail: 'jana@example.org',
      consent: true,
      themes: [theme],
    },
  });
  return { place: documentId, image };
};
