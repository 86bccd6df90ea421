/** German labels, descriptions and the edit layout of one content type or component in the content manager. */
export type FieldLabel = {
  /** Shown above the field in the edit view and as the column heading in the list view. */
  label: string;
  /** One sentence under the field: what the editor should enter. */
  description: string;
  placeholder?: string;
  /** false for values the CMS maintains itself: shown, but not editable. */
  editable?: boolean;
};

/** A row of the edit view: field names, or `{ name, size }` to fix a width (12 = full width). */
export type LayoutRow = (string | { name: string; size: number })[];

export type AdminLabels = {
  uid: string;
  fields: Record<string, FieldLabel>;
  /** Ordered rows of the edit view; every editable field exactly once. */
  edit: LayoutRow[];
  /** Columns of the list view (collection types only). */
  list?: string[];
  /** List view settings, e.g. the default sort (collection types only). */
  settings?: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC' };
};
