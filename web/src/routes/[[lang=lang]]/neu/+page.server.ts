import { config } from '$lib/server/config';
import { invalidParamsAre400 } from '$lib/server/directory-params';
import { loadWhatsNew } from '$lib/server/whats-new';
import type { PageServerLoad } from './$types';

export const load = (({ url, locals }) => invalidParamsAre400(locals.locale, () => loadWhatsNew(url.searchParams, locals.locale, config().showSamples))) satisfies PageServerLoad;
