import { config } from '../config';
import { InvalidParamError } from '../directory-params';

/**
 * Feeds leave sample content out unless `?beispiele=1` asks for it, whatever the site shows.
 * Where the site hides samples (SHOW_SAMPLES=false) their pages are 404s, so the parameter
 * cannot bring them back. Any other value is refused, as the directory's filters are.
 */
export const includeSamples = (params: URLSearchParams) => {
  const value = params.get('beispiele');
  if (value === null || value === '' || value === '0') return false;
  if (value === '1') return config().showSamples;
  throw new InvalidParamError('beispiele');
};
