import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { sendEntryRequest, sendEntryWithdrawal, type CmsProblem, type EntryRequest } from '$lib/server/edit/cms';
import type { Problem, ShownProblem } from '$lib/server/edit/form';
import { answerSent, currentOrRefuse, sessionOrRefuse } from './access';
import { CANCEL_FIELD, CANCELLED_PARAM, NEW_ENTRY, SENT_PARAM } from './paths';
import type { Refusal } from './[slug]/refusal';

// The pages of an entry the place owns (an event, a notice): `neu` or one of the place's own by
// its documentId, a form that sends a new one or a change, and a form of one field that withdraws
// one ("Termin absagen", "Zurückziehen"). One path for both; each page names its own form.

type Page = { params: { slug: string }; url: URL; cookies: Cookies; request: Request; locals: { locale: Locale } };
type Current = NonNullable<Awaited<ReturnType<typeof currentOrRefuse>>>;

/** A sent form's answer: everything typed, the problems at their fields, and why it was not taken. */
export type SentEntry<Values> = { values: Values | null; problems: ShownProblem[]; refusal: Refusal | null };

/**
 * The page of a new entry (`id` is `neu`) or of one of the place's entries; any other documentId is
 * a 404, another place's slug goes to the session's own.
 */
export const loadEntry = async <Entry extends { documentId: string }>(
  { params, url, cookies, request, locals: { locale } }: Page,
  id: string,
  { entries, path, missing }: { entries: (current: Current) => Entry[]; path: (slug: string, id: string, locale: Locale) => string; missing: string },
) => {
  const current = await currentOrRefuse({ cookies, url, locale }, request);
  // After a sent form the page shows what was typed, and says that nothing is lost.
  if (!current) return { view: 'form' as const, edit: null };
  const { place, pending } = current;
  if (place.slug !== params.slug) redirect(303, path(place.slug, id, locale));
  if (url.searchParams.has(SENT_PARAM) || url.searchParams.has(CANCELLED_PARAM)) {
    return { view: 'thanks' as const, place, pending, cancelled: url.searchParams.has(CANCELLED_PARAM) };
  }
  const existing = id === NEW_ENTRY ? null : entries(current).find((entry) => entry.documentId === id);
  if (existing === undefined) error(404, missing);
  return { view: 'entry' as const, place, existing };
};

/**
 * A sent entry form: a withdrawal when it carries only CANCEL_FIELD (for an existing entry),
 * else the form read by `read`, refused as typed or sent to the CMS, then the thank-you view.
 */
export const sendEntry = async <Values>(
  { params, url, cookies, request, locals: { locale }, setHeaders }: Page & { setHeaders: (headers: Record<string, string>) => void },
  id: string,
  form: {
    subject: EntryRequest['subject'];
    path: (slug: string, id: string, locale: Locale) => string;
    read: (body: FormData) => { values: Values; request: EntryRequest | null; problems: Problem[] };
    empty: () => Values;
    shown: (problems: Problem[], values: Values) => ShownProblem[];
    fieldOf: (path: CmsProblem['path']) => string;
  },
) => {
  const access = { cookies, url, locale };
  const session = sessionOrRefuse(access);
  const body = await readFormData(request);
  if (body === TOO_LARGE) return fail(413, { values: null, problems: [], refusal: { kind: 'body-too-large' } } satisfies SentEntry<Values>);
  if (!body) return fail(400, { values: null, problems: [], refusal: { kind: 'unreadable' } } satisfies SentEntry<Values>);

  const documentId = id === NEW_ENTRY ? null : id;
  const thanks = (param: string) => `${form.path(params.slug, id, locale)}?${param}`;
  const sent = { access, setHeaders, fieldOf: form.fieldOf };
  if (documentId && body.get(CANCEL_FIELD) !== null) {
    const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
      fail(status, { values: null, problems: form.shown(problems, form.empty()), refusal } satisfies SentEntry<Values>);
    return answerSent(await sendEntryWithdrawal(session, form.subject, documentId), { ...sent, thanks: thanks(CANCELLED_PARAM), answer });
  }

  const read = form.read(body);
  // Every refusal hands back all that was typed.
  const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
    fail(status, { values: read.values, problems: form.shown(problems, read.values), refusal } satisfies SentEntry<Values>);
  if (!read.request) return answer(400, read.problems);
  return answerSent(await sendEntryRequest(session, read.request, documentId), { ...sent, thanks: thanks(SENT_PARAM), answer });
};
