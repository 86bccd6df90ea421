import { error } from '@sveltejs/kit';
import { getDirectory } from '$lib/server/cms/places';
import { InvalidParamError, parseDirectoryParams } from '$lib/server/directory-params';
import type { PageServerLoad } from './$types';

const readParams = (url: URL) => {
  try {
    return parseDirectoryParams(url.searchParams);
  } catch (failure) {
    if (failure instanceof InvalidParamError) error(400, failure.message);
    throw failure;
  }
};

export const load = (async ({ url }) => {
  const params = readParams(url);
  const directory = await getDirectory(params);
  if (params.page > 1 && params.page > directory.pageCount) error(404, 'Diese Ergebnisseite gibt es nicht.');
  return { params, ...directory };
}) satisfies PageServerLoad;
