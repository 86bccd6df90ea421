import type { Core } from '@strapi/strapi';

/** German is the source language and the default locale; English its one translation. */
export const SOURCE_LOCALE = 'de';
export const TARGET_LOCALE = 'en';
export const LOCALE_CODES = [SOURCE_LOCALE, TARGET_LOCALE] as const;

const LOCALES = [
  { code: SOURCE_LOCALE, name: 'Deutsch (de)' },
  { code: TARGET_LOCALE, name: 'English (en)' },
];

/** Strapi's first boot creates only `en`, as the default. */
export const ensureLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== SOURCE_LOCALE) await locales.setDefaultLocale({ code: SOURCE_LOCALE });
};
