import type { Block, Inline } from '$lib/types';

const inlineText = (nodes: Inline[]) => nodes.map((node) => (node.type === 'link' ? node.children.map((c) => c.text).join('') : node.text)).join('');

/** The text of the first paragraphs, cut at a word so that it fits a meta description. */
export const excerpt = (blocks: Block[], max = 160) => {
  const text = blocks
    .flatMap((block) => (block.type === 'paragraph' ? [inlineText(block.children)] : []))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.–-]+$/, '')}…`;
};
