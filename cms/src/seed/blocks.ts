/** Seed files hold rich text as plain paragraphs; Strapi stores it as blocks. */
export const toBlocks = (paragraphs?: string[]) =>
  paragraphs?.length
    ? paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }))
    : undefined;
