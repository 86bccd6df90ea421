import type { Handle, RequestEvent } from '@sveltejs/kit';

/**
 * Renders that hold every place at once: the map, the directory shown as a map, the map feed, and
 * a region's page with its map (all of the region's places).
 * At 10,002 places one of them takes some 100 MB of heap for a few seconds; several side by side
 * (after a publish that marks every page stale, or a crawler) would need that several times over
 * and could exceed the site's heap limit (scripts/lib/site-process.mjs). So they render one at a
 * time; every other page passes at once. What the page cache answers never waits here.
 */
const isWholeList = ({ route, url }: RequestEvent) =>
  route.id === '/[[lang=lang]]/karte' ||
  route.id === '/[[lang=lang]]/orte.geojson' ||
  route.id === '/[[lang=lang]]/regionen/[slug]' ||
  (route.id === '/[[lang=lang]]/orte' && url.searchParams.get('ansicht') === 'karte');

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` once every task queued before it has finished, whether it succeeded or not. */
export const oneAtATime = <T>(task: () => T | Promise<T>): Promise<T> => {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
};

/** SvelteKit renders a page completely before `resolve` returns, so the queue covers the render. */
export const wholeLists: Handle = ({ event, resolve }) => (isWholeList(event) ? oneAtATime(() => resolve(event)) : resolve(event));
