/** GraphQL lists from Strapi are typed with nullable items; pages only want the items. */
export const present = <T>(items: (T | null)[] | null | undefined): T[] => (items ?? []).filter((item): item is T => item !== null);
