import { expect, it } from 'vitest';
import { inLocaleOrGerman, withGerman } from './fallback';

it('uses the translation where there is one, else the German original, else nothing', () => {
  expect(inLocaleOrGerman('de', 'Hof', undefined)).toEqual({ content: 'Hof', contentLocale: 'de' });
  expect(inLocaleOrGerman('en', null, 'Hof')).toEqual({ content: 'Hof', contentLocale: 'de' });
  expect(inLocaleOrGerman('en', 'Farm', 'Hof')).toEqual({ content: 'Farm', contentLocale: 'en' });
  expect(inLocaleOrGerman('en', null, null)).toBeNull();
  expect(inLocaleOrGerman('de', null, null)).toBeNull();
});

it('asks for the German original only for another language', () => {
  expect(withGerman('de')).toEqual({ locale: 'de', withGerman: false });
  expect(withGerman('en')).toEqual({ locale: 'en', withGerman: true });
});
