import { z } from 'zod';
import { config } from '../config';
import { cmsHeaders } from './headers';

const answer = z.object({ data: z.object({ __typename: z.string() }) });

/**
 * Whether the CMS answers GraphQL now: the cheapest query there is, with the site's token as
 * pages send it (a refused token breaks pages too), and never from a cache, since the
 * readiness probe asks about this moment.
 */
export const cmsAnswers = async (): Promise<boolean> => {
  const { cmsUrl, cmsToken, cmsTimeoutMs } = config();
  try {
    const response = await fetch(`${cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...cmsHeaders(cmsToken) },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(cmsTimeoutMs),
    });
    if (!response.ok) return false;
    return answer.safeParse(await response.json()).data?.data.__typename === 'Query';
  } catch {
    return false;
  }
};
