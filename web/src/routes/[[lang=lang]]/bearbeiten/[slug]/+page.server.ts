import { fail, redirect } from '@sveltejs/kit';
import { readFormData, TOO_LARGE } from '$lib/server/body-limit';
import { sendChangeRequest } from '$lib/server/edit/cms';
import { EDIT_BODY_BYTES } from '$lib/server/edit/config';
import { fieldOfPath, readEditForm, shownProblems, toFormValues, type FormValues, type Problem, type ShownProblem } from '$lib/server/edit/form';
import { answerSent, currentOrRefuse, sessionOrRefuse } from '../access';
import { editPath, SENT_PARAM } from '../paths';
import type { Refusal } from './refusal';
import type { Actions, PageServerLoad } from './$types';

export type Sent = { values: FormValues | null; problems: ShownProblem[]; refusal: Refusal | null; imagesAgain: boolean };

/** Only the session's own place: a link reaches exactly the place it was sent for. */
export const load = (async ({ params, url, cookies, request, locals: { locale } }) => {
  const current = await currentOrRefuse({ cookies, url, locale }, request);
  // After a sent form the page shows what was typed, and says that nothing is lost.
  if (!current) return { view: 'form' as const, edit: null };
  const { place, profile, expiresAt, linkExpiresAt, images, pending, limits, events, notices, completeness, views } = current;
  if (place.slug !== params.slug) redirect(303, editPath(place.slug, locale));
  if (url.searchParams.has(SENT_PARAM)) return { view: 'thanks' as const, place, pending };
  return { view: 'form' as const, edit: { place, expiresAt, linkExpiresAt, images, pending, limits, events, notices, completeness, views, published: toFormValues(profile) } };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, cookies, url, params, locals: { locale }, setHeaders }) => {
    const access = { cookies, url, locale };
    const session = sessionOrRefuse(access);
    const refuse = (status: number, sent: Sent) => fail(status, sent);
    const body = await readFormData(request, EDIT_BODY_BYTES);
    if (body === TOO_LARGE) return refuse(413, { values: null, problems: [], refusal: { kind: 'body-too-large' }, imagesAgain: false });
    if (!body) return refuse(400, { values: null, problems: [], refusal: { kind: 'unreadable' }, imagesAgain: false });

    const form = readEditForm(body);
    // Every refusal hands back all that was typed; only the files a browser cannot put back.
    const answer = (status: number, problems: Problem[], refusal: Refusal | null = null) =>
      refuse(status, { values: form.values, problems: shownProblems(problems, form.values), refusal, imagesAgain: form.files.length > 0 });
    if (form.problems.length) return answer(400, form.problems);

    return answerSent(await sendChangeRequest(session, form), {
      access,
      thanks: `${editPath(params.slug, locale)}?${SENT_PARAM}`,
      setHeaders,
      answer,
      fieldOf: (path) => fieldOfPath(path, form.sent),
    });
  },
} satisfies Actions;
