import type { Locale } from '$lib/i18n/locale';
import { operation } from './client';
import { inLocaleOrGerman, withGerman } from './fallback';
import { NoticePageDocument, type NoticePageFragment } from './generated/graphql';
import { currentNotices } from '../notice-expiry';
import { visible } from './samples';

const noticePage = operation(NoticePageDocument);

/** Strapi's documentIds: anything else names no notice and is a 404 without asking the CMS. */
export const isDocumentId = (value: string) => /^[a-z0-9]{1,64}$/.test(value);

export type NoticeDetail = {
  documentId: string;
  direction: 'seeking' | 'offer';
  kind: string;
  text: string;
  addedOn: string;
  expiresOn: string | null;
  isSample: boolean;
  place: { slug: string; name: string; town: string | null; region: string | null; website: string | null };
};

const toNoticeDetail = ({ place, ...notice }: NoticePageFragment & { place: NonNullable<NoticePageFragment['place']> }): NoticeDetail => ({
  documentId: notice.documentId,
  direction: notice.direction,
  kind: notice.kind,
  text: notice.text,
  addedOn: notice.addedOn,
  expiresOn: notice.expiresOn,
  isSample: notice.isSample,
  place: { slug: place.slug, name: place.name, town: place.address?.town ?? null, region: place.region?.name ?? null, website: place.website },
});

/**
 * A notice's page in the visitor's language or else in German, in one request: null when it is
 * unknown, unpublished, expired, a hidden sample, or its place is gone.
 */
export const getNotice = async (documentId: string, now: Date, locale: Locale) => {
  const data = await noticePage({ documentId, ...withGerman(locale) });
  const shown = (notice: NoticePageFragment | null | undefined) => {
    const seen = visible(notice);
    const found = seen && currentNotices([seen], now)[0];
    return found?.place ? { ...found, place: found.place } : null;
  };
  const found = inLocaleOrGerman(locale, shown(data.notice), shown(data.german));
  return found && { notice: toNoticeDetail(found.content), contentLocale: found.contentLocale };
};
