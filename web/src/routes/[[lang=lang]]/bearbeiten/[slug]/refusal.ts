import type { EditMessages } from '../messages';

/** Why a sent form was not taken as a whole, besides the fields it names. */
export type Refusal =
  | { kind: 'rate-limited'; minutes: number }
  | { kind: 'unavailable' }
  /** The CMS found the images too large together. */
  | { kind: 'too-large' }
  /** The body was over what the form may send, and nothing of it could be read. */
  | { kind: 'body-too-large' }
  | { kind: 'unreadable' };

/** The sentence at the top of a refused form, in the page's language. */
export const refusalText = (t: EditMessages, refusal: Refusal, maxImageMegabytes: number) => {
  switch (refusal.kind) {
    case 'rate-limited':
      return t.refused.rateLimited(refusal.minutes);
    case 'unavailable':
      return t.refused.unavailable;
    case 'too-large':
      return t.refused.tooLarge(maxImageMegabytes);
    case 'body-too-large':
      return t.refused.bodyTooLarge(maxImageMegabytes);
    case 'unreadable':
      return t.refused.unreadable;
  }
};
