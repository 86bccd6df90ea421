import { redirect } from '@sveltejs/kit';
import { directoryHref } from '$lib/directory-href';
import { localizePath } from '$lib/i18n/locale';
import { countPlaces } from '$lib/server/cms/place-count';
import { assertKnownOptions, getFilterOptions } from '$lib/server/cms/places';
import { invalidParamsAre400 } from '$lib/server/directory-params';
import { parseGuideParams } from './answers.server';
import { RESULT_STEP, answersBefore, askedStep, guideHref, previousStep, toDirectoryParams } from './guide';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
  const { locale } = locals;
  const { step: requested, answers } = await invalidParamsAre400(locale, () => parseGuideParams(url.searchParams));
  const options = await getFilterOptions(locale);
  await invalidParamsAre400(locale, () => assertKnownOptions({ region: answers.region, theme: '' }, options));
  // Which themes exist decides the filters, so the count waits for them (a cached answer).
  const themes = options.themes.map((theme) => theme.slug);
  const step = askedStep(requested, answers);
  // The end is the directory's own filter URL, to be shared and bookmarked like any other.
  if (step === RESULT_STEP) redirect(303, localizePath(directoryHref(toDirectoryParams(answers, themes)), locale));
  if (step !== requested) redirect(303, localizePath(guideHref(answers, step), locale));
  const count = await countPlaces(toDirectoryParams(answersBefore(answers, step), themes), locale);
  return { step, answers, count, previous: previousStep(step, answers), ...options };
}) satisfies PageServerLoad;
