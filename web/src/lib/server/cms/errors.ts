/** The CMS could not be reached, timed out or failed: pages answer 503. */
export class CmsUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The CMS is unavailable', { cause });
    this.name = 'CmsUnavailableError';
  }
}
