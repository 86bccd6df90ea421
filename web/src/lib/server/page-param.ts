/** The `seite` query parameter of a paged list: 1 when absent, null when it cannot be a page number. */
export const parsePageParam = (value: string | null) => {
  if (value === null || value === '') return 1;
  return /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : null;
};
