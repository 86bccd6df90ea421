import { getSite } from '$lib/server/cms/site';
import { shareCard, shareResponse } from '$lib/server/share-image';
import type { RequestHandler } from './$types';

/** The link preview of every page that has no picture of its own. */
export const GET: RequestHandler = async () => {
  const site = await getSite('de');
  return shareResponse(await shareCard({ title: site.siteName, subtitle: site.tagline || null, cover: null, network: site.siteName }));
};
