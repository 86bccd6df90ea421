// The answers of the reach routes (reach/admin-routes.ts), as the admin's pages read them.

/** The periods the admin's "Reichweite" page offers, in days up to today. */
export const REACH_PERIODS = [7, 30, 90] as const;
export type ReachPeriod = (typeof REACH_PERIODS)[number];

export type KeyCount = { key: string; views: number };

export type PlaceCount = { documentId: string; slug: string; name: string; views: number };

export type ReachReport = {
  from: string;
  to: string;
  days: ReachPeriod;
  totals: { page: number; widget: number; feed: number; api: number };
  pages: KeyCount[];
  places: PlaceCount[];
  widgets: KeyCount[];
  feeds: KeyCount[];
  partners: KeyCount[];
};

/** A place's profile views (German and English page together), every day of the period, none left out. */
export type PlaceTrend = {
  documentId: string;
  name: string;
  slug: string;
  from: string;
  to: string;
  total: number;
  perDay: { day: string; views: number }[];
};
