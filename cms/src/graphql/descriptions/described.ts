/**
 * English descriptions of one content type or component for the public schema: the type, its
 * fields and the values of its enumerations, keyed by the names in its schema.json, so that a
 * renamed or removed field fails the type check here; a field without one fails the schema linter.
 */
export type Described<S extends { attributes: object }> = {
  type: string;
  fields: Partial<Record<keyof S['attributes'], string>>;
  values?: Partial<Record<keyof S['attributes'], Record<string, string>>>;
};

/** The same, read by field name: what the schema walk looks things up in. */
export type Descriptions = {
  type: string;
  fields: Partial<Record<string, string>>;
  values?: Partial<Record<string, Record<string, string>>>;
};
