import { describe, expect, it } from 'vitest';
import { PeopleDocument, PersonDetailDocument } from '../generated/graphql';
import { recordedData } from '../../testing/replay-cms';
import { toPersonCard, toPersonDetail } from './person';

const CMS = 'https://cms.example.org';

describe('toPersonCard', () => {
  const nodes = recordedData('people-en', PeopleDocument).people_connection?.nodes ?? [];

  it('takes role, quote and portrait from the translation, and name, slug and places from the German entry', () => {
    const marta = nodes.find((node) => node.slug === 'beispiel-marta-kruse')!;
    const card = toPersonCard(marta, 'en', CMS);
    expect(card).toMatchObject({ name: 'Marta Kruse', role: 'Ceramicist and co-founder', contentLocale: 'en', isSample: true });
    expect(card.places).toEqual([{ slug: 'alte-molkerei-kalbe', name: 'Alte Molkerei Kalbe' }]);
    expect(card.portrait?.alt).toMatch(/^Illustration: a stylised person/);
    expect(card.portrait?.src).toMatch(/^https:\/\/cms\.example\.org\/uploads\//);
    expect(card.portrait).toMatchObject({ credit: 'Illustration: Kreativorte im Grünen', licence: 'CC BY 4.0' });
  });

  it('stays German for a German page, and where a person has no translation', () => {
    const marta = nodes.find((node) => node.slug === 'beispiel-marta-kruse')!;
    expect(toPersonCard(marta, 'de', CMS)).toMatchObject({ role: 'Keramikerin und Mitgründerin', contentLocale: 'de' });
    expect(toPersonCard({ ...marta, localizations: [] }, 'en', CMS)).toMatchObject({ role: 'Keramikerin und Mitgründerin', contentLocale: 'de' });
  });
});

describe('toPersonDetail', () => {
  const [marta] = recordedData('person-marta-kruse', PersonDetailDocument).people;

  it('maps the story to blocks, the places to cards, and describes the page by role and quote', () => {
    const detail = toPersonDetail(marta!, CMS, 'de');
    expect(detail.story.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(detail.places.map((place) => place.slug)).toEqual(['alte-molkerei-kalbe']);
    expect(detail.seo).toEqual({
      title: 'Marta Kruse',
      description: 'Keramikerin und Mitgründerin: In der Stadt hatte ich eine Werkbank, hier habe ich eine ganze Werkstatt und Nachbarn, die vorbeischauen.',
    });
  });

  it('falls back to the story, then to a sentence, for the description', () => {
    const withoutRole = toPersonDetail({ ...marta!, role: null, quote: null }, CMS, 'de');
    expect(withoutRole.seo.description).toMatch(/^Marta Kruse ist eine erfundene Beispielperson/);
    const bare = toPersonDetail({ ...marta!, role: null, quote: null, story: null }, CMS, 'en');
    expect(bare.seo.description).toBe('Marta Kruse in the Kreativorte im Grünen network.');
  });
});
