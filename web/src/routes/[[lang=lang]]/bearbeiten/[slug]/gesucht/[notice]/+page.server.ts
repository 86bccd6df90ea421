import { emptyNoticeValues, noticeFieldOfPath, readNoticeForm, shownNoticeProblems, toNoticeFormValues, type NoticeFormValues } from '$lib/server/edit/notice';
import { loadEntry, sendEntry, type SentEntry } from '../../../entry';
import { messages } from '../../../messages';
import { noticeEditPath } from '../../../paths';
import type { Actions, PageServerLoad } from './$types';

export type SentNotice = SentEntry<NoticeFormValues>;

/** A new notice of the session's place ("Gesucht & Angeboten"), or a change to one of its own, expired ones too; any other documentId is a 404. */
export const load = (async (page) => {
  const shown = await loadEntry(page, page.params.notice, { entries: (current) => current.notices, path: noticeEditPath, missing: messages[page.locals.locale].notices.missing });
  if (shown.view !== 'entry') return shown;
  const { place, existing } = shown;
  return {
    view: 'form' as const,
    edit: { place, documentId: existing?.documentId ?? null, expired: existing?.expired ?? false, published: existing ? toNoticeFormValues(existing.notice) : emptyNoticeValues() },
  };
}) satisfies PageServerLoad;

export const actions = {
  default: (page) =>
    sendEntry(page, page.params.notice, {
      subject: 'notice',
      path: noticeEditPath,
      read: (body) => {
        const { values, notice, problems } = readNoticeForm(body);
        return { values, problems, request: notice && { subject: 'notice', notice } };
      },
      empty: emptyNoticeValues,
      shown: shownNoticeProblems,
      fieldOf: noticeFieldOfPath,
    }),
} satisfies Actions;
