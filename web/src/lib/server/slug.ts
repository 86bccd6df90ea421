/** Slugs are lowercase kebab-case; anything else cannot name content and is a 404 without asking the CMS. */
export const isSlug = (value: string) => value.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
