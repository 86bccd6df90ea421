/** GeoJSON (RFC 7946) output: a FeatureCollection of points. */

export type PointFeature<P> = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
};

export type FeatureCollection<P> = { type: 'FeatureCollection'; features: PointFeature<P>[] };

/** Positions are [longitude, latitude] in WGS 84 (RFC 7946 3.1.1), the reverse of the usual spoken order. */
export const point = <P>(id: string, latitude: number, longitude: number, properties: P): PointFeature<P> => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [longitude, latitude] },
  properties,
});

/** Coordinates outside WGS 84's ranges cannot be drawn and would make the whole collection invalid. */
export const isPosition = (latitude: number, longitude: number) =>
  Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;

export const featureCollection = <P>(features: PointFeature<P>[]): FeatureCollection<P> => ({ type: 'FeatureCollection', features });
