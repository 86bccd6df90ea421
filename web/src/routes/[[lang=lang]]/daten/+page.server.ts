import { apiExamples } from '$lib/server/api-examples';
import { config } from '$lib/server/config';
import type { PageServerLoad } from './$types';

export const load = (async ({ url }) => ({
  endpoint: `${config().cmsPublicUrl}/graphql`,
  siteOrigin: url.origin,
  examples: apiExamples.map(({ id, query, variables }) => ({ id, query, variables: variables ? JSON.stringify(variables, null, 2) : null })),
})) satisfies PageServerLoad;
