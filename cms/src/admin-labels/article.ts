import type { AdminLabels } from './types';
import { cover, firstPublishedAt, isSample, seo, slug, translationStatus } from './shared';
import { ARTICLE } from '../content-types';

export const article: AdminLabels = {
  uid: ARTICLE,
  fields: {
    translationStatus,
    firstPublishedAt,
    title: { label: 'Titel', description: 'Überschrift des Beitrags.' },
    slug: slug('/beitraege/…'),
    publishedOn: { label: 'Erscheinungsdatum', description: 'Datum, das über dem Beitrag steht.' },
    teaser: { label: 'Kurzbeschreibung', description: 'Ein bis zwei Sätze für Übersichten und Vorschauen, höchstens 300 Zeichen.' },
    body: { label: 'Text', description: 'Der Text des Beitrags.' },
    cover,
    meeting: { label: 'Netzwerktreffen', description: 'Das Treffen, über das der Beitrag berichtet, falls es eins gibt.' },
    places: { label: 'Kreativorte', description: 'Kreativorte, um die es im Beitrag geht.' },
    seo,
    isSample,
  },
  edit: [['title', 'slug'], ['publishedOn'], ['teaser'], ['body'], ['cover'], ['meeting', 'places'], ['seo'], ['translationStatus'], ['firstPublishedAt'], ['isSample']],
  list: ['title', 'publishedOn', 'updatedAt'],
};
