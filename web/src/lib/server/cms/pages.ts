import type { Locale } from '$lib/i18n/locale';
import { config } from '../config';
import { operation } from './client';
import { AboutDocument, AccessibilityStatementDocument, ImprintDocument, PrivacyPolicyDocument } from './generated/graphql';
import { toAboutPage, toLegalPage } from './mappers/pages';

const about = operation(AboutDocument);
const imprint = operation(ImprintDocument);
const privacyPolicy = operation(PrivacyPolicyDocument);
const accessibilityStatement = operation(AccessibilityStatementDocument);

/** The single types are null until an editor publishes them; pages answer 404 until then. */
export const getAbout = async (locale: Locale) => {
  const data = await about({ locale });
  return data.about ? toAboutPage(data.about, config().cmsPublicUrl) : null;
};

const legalPages = {
  imprint: async (locale: Locale) => (await imprint({ locale })).imprint,
  privacyPolicy: async (locale: Locale) => (await privacyPolicy({ locale })).privacyPolicy,
  accessibilityStatement: async (locale: Locale) => (await accessibilityStatement({ locale })).accessibilityStatement,
};

export const getLegalPage = async (kind: keyof typeof legalPages, locale: Locale) => {
  const page = await legalPages[kind](locale);
  return page ? toLegalPage(page) : null;
};
