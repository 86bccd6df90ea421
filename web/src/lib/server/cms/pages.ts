import { config } from '../config';
import { operation } from './client';
import { AboutDocument, AccessibilityStatementDocument, ImprintDocument, PrivacyPolicyDocument } from './generated/graphql';
import { toAboutPage, toLegalPage } from './mappers/pages';

const about = operation(AboutDocument);
const imprint = operation(ImprintDocument);
const privacyPolicy = operation(PrivacyPolicyDocument);
const accessibilityStatement = operation(AccessibilityStatementDocument);

const LOCALE = 'de';

/** The single types are null until an editor publishes them; pages answer 404 until then. */
export const getAbout = async () => {
  const data = await about({ locale: LOCALE });
  return data.about ? toAboutPage(data.about, config().cmsPublicUrl) : null;
};

const legalPages = {
  imprint: async () => (await imprint({ locale: LOCALE })).imprint,
  privacyPolicy: async () => (await privacyPolicy({ locale: LOCALE })).privacyPolicy,
  accessibilityStatement: async () => (await accessibilityStatement({ locale: LOCALE })).accessibilityStatement,
};

export const getLegalPage = async (kind: keyof typeof legalPages) => {
  const page = await legalPages[kind]();
  return page ? toLegalPage(page) : null;
};
