/**
 * The example queries on /daten. cms/tests/api-examples.test.ts validates each against the
 * served schema and runs it against a real CMS, so the documentation cannot drift from the API.
 */
export type ApiExample = { id: string; query: string; variables?: Record<string, unknown> };

export const apiExamples: ApiExample[] = [
  {
    id: 'region',
    query: `query AltmarkPlaces {
  places(
    filters: {
      isSample: { eq: false }
      region: { or: [{ slug: { eq: "altmark" } }, { parent: { slug: { eq: "altmark" } } }] }
    }
    sort: "name"
    pagination: { limit: 50 }
    locale: "de"
  ) {
    slug
    name
    teaser
    stage
    address { town district }
    geo { latitude longitude }
  }
}`,
  },
  {
    id: 'place',
    query: `query Place($slug: String!) {
  places(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }, locale: "de") {
    name
    teaser
    website
    address { street postalCode town }
    geo { latitude longitude }
    themes { slug name }
    cover { alt credit licence media { url width height } }
  }
}`,
    variables: { slug: 'buergermeisterhof' },
  },
  {
    id: 'meetings',
    query: `query UpcomingMeetings($from: DateTime!) {
  meetings(
    filters: { isSample: { eq: false }, startsAt: { gte: $from } }
    sort: "startsAt:asc"
    pagination: { limit: 10 }
    locale: "de"
  ) {
    slug
    title
    startsAt
    endsAt
    address { town }
  }
}`,
    variables: { from: '2026-01-01T00:00:00Z' },
  },
  {
    id: 'near',
    query: `query PlacesNearSalzwedel {
  placesNear(lat: 52.854, lng: 11.16, radiusKm: 30, limit: 10, locale: "de") {
    distanceKm
    place { slug name address { town } }
  }
}`,
  },
];
