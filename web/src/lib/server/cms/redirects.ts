import { operation } from './client';
import { RedirectDocument } from './generated/graphql';

const redirect = operation(RedirectDocument);

const PAGE_PATH = /^\/[a-z0-9/-]{1,300}$/;

/** Where a page moved after its slug changed, if it did; only paths on this site are followed. */
export const findRedirect = async (path: string) => {
  if (!PAGE_PATH.test(path)) return null;
  const { redirects } = await redirect({ from: path });
  const to = redirects[0]?.to;
  return to && PAGE_PATH.test(to) && to !== path ? to : null;
};
