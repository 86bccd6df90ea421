import { z } from 'zod';
import type { MapPin } from './pins';

// This runs in the browser, whose policy forbids eval: without this, zod probes `Function('')`
// to decide whether to compile its parsers, and the probe is reported as a violation.
z.config({ jitless: true });

/** The properties of /orte.geojson that the map's cards need; the feed is documented for partners. */
const feed = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({ slug: z.string(), name: z.string(), url: z.string(), teaser: z.string(), stageLabel: z.string(), isSample: z.boolean(), town: z.string().nullable() }),
    }),
  ),
});

/** The interactive map's pins from the map feed; links become paths, as the feed's URLs are absolute. */
export const pinsFromFeed = (json: unknown): MapPin[] =>
  feed.parse(json).features.map(({ geometry, properties }) => ({
    slug: properties.slug,
    name: properties.name,
    teaser: properties.teaser,
    stageLabel: properties.stageLabel,
    isSample: properties.isSample,
    town: properties.town,
    href: new URL(properties.url).pathname,
    position: geometry.coordinates,
  }));
