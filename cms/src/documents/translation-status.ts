import type { Core } from '@strapi/strapi';
import { SOURCE_LOCALE } from '../translations/locales';
import { paramsOf } from './params';

const WRITES = new Set(['create', 'update']);

/**
 * German is the source language: its versions are always `original`. Every other language
 * starts as `needs_review` until an editor marks it `complete`, so that the "Übersetzungsstand"
 * filter lists each translation nobody has checked yet, including ones copied from German.
 */
export const registerTranslationStatus = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const model = strapi.getModel(context.uid);
    if (!WRITES.has(context.action) || !('translationStatus' in (model?.attributes ?? {}))) return next();
    const params = paramsOf(context);
    if (!params.data) return next();
    const locale = params.locale ?? SOURCE_LOCALE;
    const requested = params.data.translationStatus;
    if (locale === SOURCE_LOCALE) {
      params.data.translationStatus = 'original';
    } else if (requested === 'original') {
      params.data.translationStatus = 'needs_review';
    } else if (requested === undefined || requested === null) {
      const stored = params.documentId
        ? await strapi.db.query(context.uid).findOne({ where: { documentId: params.documentId, locale }, select: ['translationStatus'] })
        : null;
      params.data.translationStatus = stored?.translationStatus ?? 'needs_review';
    }
    return next();
  });
};
