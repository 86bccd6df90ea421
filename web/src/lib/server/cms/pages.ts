import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import { AboutDocument, AccessibilityStatementDocument, ImprintDocument, PrivacyPolicyDocument } from './generated/graphql';
import { toAboutPage, toLegalPage } from './mappers/pages';

const about = operation(AboutDocument);
const imprint = operation(ImprintDocument);
const privacyPolicy = operation(PrivacyPolicyDocument);
const accessibilityStatement = operation(AccessibilityStatementDocument);

/*
 * The single types are null until an editor publishes them; pages answer 404 until then. Each
 * comes in the visitor's language or else in German (`contentLocale`), in one request.
 */

export const getAbout = async (locale: Locale) => {
  const data = await about(withGerman(locale));
  const found = inLocaleOrGerman(locale, data.about, data.german);
  return found && { content: toAboutPage(found.content, config().cmsPublicUrl), contentLocale: found.contentLocale };
};

const legalPages = {
  imprint: async (locale: Locale) => {
    const data = await imprint(withGerman(locale));
    return inLocaleOrGerman(locale, data.imprint, data.german);
  },
  privacyPolicy: async (locale: Locale) => {
    const data = await privacyPolicy(withGerman(locale));
    return inLocaleOrGerman(locale, data.privacyPolicy, data.german);
  },
  accessibilityStatement: async (locale: Locale) => {
    const data = await accessibilityStatement(withGerman(locale));
    return inLocaleOrGerman(locale, data.accessibilityStatement, data.german);
  },
};

export const getLegalPage = async (kind: keyof typeof legalPages, locale: Locale) => {
  const found = await legalPages[kind](locale);
  return found && { content: toLegalPage(found.content), contentLocale: found.contentLocale };
};
