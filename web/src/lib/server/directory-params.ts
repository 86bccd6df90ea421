import { error } from '@sveltejs/kit';
import { MAX_MINUTES, isHub } from '$lib/hubs';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { DirectoryParams } from '$lib/types';
import { isSlug } from './slug';

export class InvalidParamError extends Error {
  constructor(readonly param: string) {
    super(`Invalid value for the filter "${param}"`);
    this.name = 'InvalidParamError';
  }
}

/** Runs what reads a page's parameters; an InvalidParamError becomes the 400 page naming the parameter. */
export const invalidParamsAre400 = async <T>(locale: Locale, run: () => T | Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (failure) {
    if (failure instanceof InvalidParamError) error(400, messages[locale].invalidParam(failure.param));
    throw failure;
  }
};

/** A filter's trimmed value, empty when absent; InvalidParamError when it cannot be valid. */
export const pick = (params: URLSearchParams, name: string, valid: (v: string) => boolean) => {
  const value = (params.get(name) ?? '').trim();
  if (value && !valid(value)) throw new InvalidParamError(name);
  return value;
};

const isMinutes = (v: string) => /^[1-9][0-9]{0,2}$/.test(v) && Number(v) <= MAX_MINUTES;

/**
 * The directory's filter state, read from the URL; a value that cannot be valid is a 400.
 * `minuten` without `von` counts from Berlin, the first hub, which the form then shows chosen:
 * a visitor who picks only a time still gets an answer that says where it is measured from.
 */
export const parseDirectoryParams = (params: URLSearchParams): DirectoryParams => {
  const page = pick(params, 'seite', (v) => /^[1-9][0-9]{0,3}$/.test(v));
  const from = pick(params, 'von', isHub);
  const minutes = pick(params, 'minuten', isMinutes);
  return {
    region: pick(params, 'region', isSlug),
    theme: pick(params, 'thema', isSlug),
    stage: pick(params, 'phase', (v) => v in messages.de.labels.stage),
    network: pick(params, 'netzwerk', (v) => v in messages.de.labels.network),
    q: pick(params, 'q', (v) => v.length <= 100),
    from: isHub(from) ? from : minutes ? 'berlin' : '',
    minutes: minutes ? Number(minutes) : null,
    page: page ? Number(page) : 1,
  };
};
