import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, PERSON, REDIRECT } from '../content-types';
import { isRecord } from '../is-record';
import { fieldError as error, paramsOf, type Data, type FieldError } from './params';

const CONSENT_FIELDS = ['consentGivenOn', 'consentScope', 'consentRecordedBy', 'consentWithdrawnOn'] as const;
type Consent = Partial<Record<(typeof CONSENT_FIELDS)[number], unknown>>;

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const isGiven = (value: unknown) => (typeof value === 'string' && value.trim() !== '') || value instanceof Date;

/** Only people whose consent is recorded and not withdrawn; the fields are private, so no caller can filter on them itself. */
const consentedPeople = () => ({ consentGivenOn: { $notNull: true }, consentWithdrawnOn: { $null: true } });

/** The consent after this write: the written fields, else the draft's (they are not localized, so every locale has the same). */
const consentAfter = async (strapi: Core.Strapi, data: Data, documentId?: string): Promise<Consent> => {
  const stored: Consent | null = documentId
    ? await strapi.db.query(PERSON).findOne({ where: { documentId, publishedAt: null }, select: [...CONSENT_FIELDS] })
    : null;
  return Object.fromEntries(CONSENT_FIELDS.map((field) => [field, data[field] === undefined ? stored?.[field] : data[field]]));
};

/** Why a person may not be published: no recorded consent (when, what, by whom), or a withdrawn one. */
const consentProblems = (consent: Consent): FieldError[] => {
  if (isGiven(consent.consentWithdrawnOn)) {
    return [error(['consentWithdrawnOn'], 'Die Person hat ihre Einwilligung widerrufen; der Eintrag darf nicht mehr veröffentlicht werden.')];
  }
  return [
    ...(isGiven(consent.consentGivenOn) ? [] : [error(['consentGivenOn'], 'Ohne dokumentierte Einwilligung darf die Person nicht veröffentlicht werden: Bitte das Datum der Einwilligung eintragen.')]),
    ...(isGiven(consent.consentScope) ? [] : [error(['consentScope'], 'Bitte eintragen, wozu die Person eingewilligt hat.')]),
    ...(isGiven(consent.consentRecordedBy) ? [] : [error(['consentRecordedBy'], 'Bitte eintragen, wer die Einwilligung erfasst hat.')]),
  ];
};

/** A person's publish, or a create or update that publishes, needs recorded consent that is not withdrawn. */
export const personProblems = async (strapi: Core.Strapi, action: string, data: Data | undefined, documentId: string | undefined, status: string | undefined) => {
  if (action === 'publish' && documentId) return consentProblems(await consentAfter(strapi, {}, documentId));
  if ((action === 'create' || action === 'update') && data && status === 'published') return consentProblems(await consentAfter(strapi, data, documentId));
  return [];
};

/**
 * Deletes the files of every portrait the person has, in each locale and version: a withdrawn
 * person's picture must stop being served, and Strapi serves uploads as long as the file exists.
 */
const deletePortraits = async (strapi: Core.Strapi, documentId: string) => {
  const rows: unknown[] = await strapi.db.query(PERSON).findMany({ where: { documentId }, populate: { portrait: { populate: ['media'] } } });
  const ids = new Set(rows.flatMap((row) => (isRecord(row) && isRecord(row.portrait) && isRecord(row.portrait.media) && typeof row.portrait.media.id === 'number' ? [row.portrait.media.id] : [])));
  const upload = strapi.plugin('upload').service('upload');
  for (const id of ids) {
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
    if (file) await upload.remove(file);
  }
};

/** Old URLs of the person's page carry their name in the slug: they go too, each with its webhook, so the site forgets them. */
const deleteRedirects = async (strapi: Core.Strapi, documentId: string) => {
  const rows: { slug: string }[] = await strapi.db.query(PERSON).findMany({ where: { documentId }, select: ['slug'] });
  const paths = [...new Set(rows.map(({ slug }) => `${CONTENT_TYPES[PERSON].sitePath}/${slug}`))];
  const redirects = await strapi.documents(REDIRECT).findMany({ filters: { to: { $in: paths } }, fields: ['documentId'] });
  for (const redirect of redirects) await strapi.documents(REDIRECT).delete({ documentId: redirect.documentId });
};

/**
 * Withdrawing a person's consent takes them off every public surface at once: the unpublish
 * sends the webhook's purge, the portrait's file and the redirects from the page's old URLs are
 * deleted, and the public API answers only consented people whatever is stored.
 */
export const registerPersonRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== PERSON) return next();
    const { action } = context;
    if (READS.has(action)) {
      if (strapi.requestContext.get()?.state?.route?.info?.type !== 'content-api') return next();
      const given: unknown = context.params;
      // The content API always passes its (sanitized) params; the filter joins the caller's, never replaces them.
      if (isRecord(given)) given.filters = given.filters ? { $and: [given.filters, consentedPeople()] } : consentedPeople();
      else context.params = { filters: consentedPeople() };
      return next();
    }
    const { data, documentId } = paramsOf(context);
    const result = await next();
    if (action === 'update' && documentId && data && isGiven(data.consentWithdrawnOn)) {
      await strapi.documents(PERSON).unpublish({ documentId, locale: '*' });
      await deletePortraits(strapi, documentId);
      await deleteRedirects(strapi, documentId);
    }
    return result;
  });
};
