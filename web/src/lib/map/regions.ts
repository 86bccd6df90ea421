/**
 * Which districts make up each region of the seed (cms/data/seed/regions.json), by official key
 * (AGS) or its first digits: the federal states by their two, the Altmark by its two districts.
 * The one place where regions meet the geography; a region missing here gets no map.
 */
export const REGION_DISTRICTS: Record<string, string[]> = {
  'sachsen-anhalt': ['15'],
  brandenburg: ['12'],
  // Altmarkkreis Salzwedel and Stendal.
  altmark: ['15081', '15090'],
};

/** Whether a district (by its AGS) belongs to the region. */
export const inRegion = (region: string, ags: string) => (REGION_DISTRICTS[region] ?? []).some((prefix) => ags.startsWith(prefix));
