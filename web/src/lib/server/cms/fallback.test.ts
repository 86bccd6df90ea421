import { expect, it } from 'vitest';
import { inLocaleOrGerman } from './fallback';

const content: Record<string, string | undefined> = { de: 'Hof', en: undefined };
const load = async (locale: string) => content[locale] ?? null;

it('uses the translation where there is one, else the German original, else nothing', async () => {
  expect(await inLocaleOrGerman('de', load)).toEqual({ content: 'Hof', contentLocale: 'de' });
  expect(await inLocaleOrGerman('en', load)).toEqual({ content: 'Hof', contentLocale: 'de' });
  content.en = 'Farm';
  expect(await inLocaleOrGerman('en', load)).toEqual({ content: 'Farm', contentLocale: 'en' });
  expect(await inLocaleOrGerman('en', async () => null)).toBeNull();
});
