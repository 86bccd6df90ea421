import type { Block, Inline, TextNode } from '$lib/types';
import { isRecord } from '../../is-record';
import { safeHref } from './safe-href';

type Raw = Record<string, unknown>;

const children = (node: Raw) => (Array.isArray(node.children) ? node.children.filter(isRecord) : []);

const text = (node: Raw): TextNode => ({
  type: 'text',
  text: typeof node.text === 'string' ? node.text : '',
  bold: node.bold === true,
  italic: node.italic === true,
  underline: node.underline === true,
  strikethrough: node.strikethrough === true,
  code: node.code === true,
});

const inline = (nodes: Raw[]): Inline[] =>
  nodes.flatMap((node): Inline[] => {
    if (node.type === 'link') {
      const href = safeHref(node.url);
      const texts = children(node).map(text);
      return href ? [{ type: 'link', href, children: texts }] : texts;
    }
    return node.type === 'text' ? [text(node)] : [];
  });

const plain = (node: Raw): string =>
  children(node)
    .map((child) => (typeof child.text === 'string' ? child.text : plain(child)))
    .join('');

const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

const block = (node: Raw): Block[] => {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', children: inline(children(node)) }];
    case 'heading': {
      // The page title is the only h1, so content headings start at h2.
      const level = HEADING_LEVELS[Math.min(4, Math.max(0, (typeof node.level === 'number' ? node.level : 1) - 1))];
      return [{ type: 'heading', level, children: inline(children(node)) }];
    }
    case 'quote':
      return [{ type: 'quote', children: inline(children(node)) }];
    case 'code':
      return [{ type: 'code', text: plain(node) }];
    case 'list':
      return [{ type: 'list', ordered: node.format === 'ordered', items: children(node).map((item) => inline(children(item))) }];
    default:
      return [];
  }
};

/** Strapi's blocks JSON, checked node by node; anything unknown is left out rather than guessed. */
export const toBlocks = (value: unknown): Block[] => (Array.isArray(value) ? value.filter(isRecord).flatMap(block) : []);

