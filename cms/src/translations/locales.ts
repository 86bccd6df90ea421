import type { Core } from '@strapi/strapi';

const LOCALES = [
  { code: 'de', name: 'Deutsch (de)' },
  { code: 'en', name: 'English (en)' },
];

/** German is the default locale and English the second one; Strapi's first boot creates only `en`. */
export const ensureLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== 'de') await locales.setDefaultLocale({ code: 'de' });
};
