type Page<T> = { items: T[]; pageCount: number };

/** One page of a `_connection`, which the CMS answers with null when there is nothing to list. */
export const pageOf = <T>(connection: { nodes: T[]; pageInfo: { pageCount: number } } | null | undefined): Page<T> => ({
  items: connection?.nodes ?? [],
  pageCount: connection?.pageInfo.pageCount ?? 0,
});

/**
 * Every page of a list, read one after the other: the CMS caps a page at 100 entries and a
 * query's cost at 1,000, and sequential requests keep a large feed from flooding it.
 */
export const allPages = async <T>(fetchPage: (page: number) => Promise<Page<T>>) => {
  const items: T[] = [];
  let pageCount = 1;
  for (let page = 1; page <= pageCount; page += 1) {
    const result = await fetchPage(page);
    items.push(...result.items);
    pageCount = result.pageCount;
  }
  return items;
};
