import type { BreadcrumbList, WithContext } from 'schema-dts';

export type Crumb = { name: string; url: string };

/** The visible breadcrumb, home first and the current page last, with absolute URLs. */
export const breadcrumbJsonLd = (crumbs: Crumb[]): WithContext<BreadcrumbList> => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
});
