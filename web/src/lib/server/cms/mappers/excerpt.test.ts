import { expect, it } from 'vitest';
import { toBlocks } from './blocks';
import { excerpt } from './excerpt';

it('joins the paragraphs and cuts at a word', () => {
  const blocks = toBlocks([
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Überschrift' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Die Altmark ist die' }, { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: ' Pilotregion.' }] }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Weitere Regionen folgen.' }] },
  ]);
  expect(excerpt(blocks)).toBe('Die Altmark ist die Pilotregion. Weitere Regionen folgen.');
  expect(excerpt(blocks, 30)).toBe('Die Altmark ist die…');
  expect(excerpt([])).toBe('');
});
