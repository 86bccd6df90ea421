import type { Core } from '@strapi/strapi';
import { SUBMISSION } from '../content-types';
import { fieldError, paramsOf, refuse, type Data } from './params';

/** What visitors type on the website; editors' internal fields may hold anything. */
const VISITOR_TEXT_FIELDS = ['name', 'town', 'district', 'description', 'website', 'contactName', 'contactEmail'];
const REQUIRED_TEXT_FIELDS = ['name', 'town', 'description', 'contactName', 'contactEmail'];
const HTML_TAG = /<\/?[a-z!?][^>]*>/i;

const error = (field: string, message: string) => fieldError([field], message);

/** Surrounding and repeated whitespace is noise from the form; a line break inside the description is kept. */
const tidy = (data: Data) => {
  for (const field of VISITOR_TEXT_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    data[field] = field === 'description' ? value.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim() : value.replace(/\s+/g, ' ').trim();
  }
};

const check = (data: Data, creating: boolean) => [
  ...VISITOR_TEXT_FIELDS.filter((field) => HTML_TAG.test(String(data[field] ?? ''))).map((field) =>
    error(field, 'Bitte ohne HTML schreiben: spitze Klammern mit Tags wie <b> oder <a> sind nicht erlaubt.'),
  ),
  ...REQUIRED_TEXT_FIELDS.filter((field) => (creating || field in data) && data[field] === '').map((field) => error(field, 'Dieses Feld darf nicht leer sein.')),
  ...((creating || 'consent' in data) && data.consent !== true
    ? [error('consent', 'Ohne Einwilligung in die Verarbeitung der Angaben kann der Vorschlag nicht gespeichert werden.')]
    : []),
];

/**
 * Proposals come from strangers on the internet: they are stored as plain text, with the
 * visitor's consent, whoever writes them (REST or the admin). The moment of the last status
 * change is kept by the CMS itself, because rejected proposals are deleted a fixed time after it.
 * The review state is `reviewStatus`, not `status`: the 5.54 content manager reads a body's
 * `status` as draft/published and refuses any other value, so such a field could not be saved.
 */
export const registerSubmissionRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const params = paramsOf(context);
    if (uid !== SUBMISSION || (action !== 'create' && action !== 'update') || !params.data) return next();

    const data = params.data;
    tidy(data);
    refuse(check(data, action === 'create'));

    delete data.statusChangedAt;
    if (action === 'create') {
      data.statusChangedAt = new Date();
    } else if (typeof data.reviewStatus === 'string' && params.documentId) {
      const stored = await strapi.db.query(SUBMISSION).findOne({ where: { documentId: params.documentId }, select: ['reviewStatus'] });
      if (stored && stored.reviewStatus !== data.reviewStatus) data.statusChangedAt = new Date();
    }
    return next();
  });
};
