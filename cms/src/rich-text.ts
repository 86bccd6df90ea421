import type { Schema } from '@strapi/strapi';

/** Plain paragraphs (from seed files, from the proposal form) as Strapi's rich text: one block each. */
export const paragraphBlocks = (paragraphs: string[]): Schema.Attribute.BlocksValue =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** The same, or no value at all for no paragraphs, as the seed leaves such fields empty. */
export const toBlocks = (paragraphs?: string[]) => (paragraphs?.length ? paragraphBlocks(paragraphs) : undefined);
