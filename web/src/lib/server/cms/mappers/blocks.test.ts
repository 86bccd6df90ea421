import { describe, expect, it } from 'vitest';
import { PlaceProfileDocument } from '../generated/graphql';
import { recordedData } from '../../testing/replay-cms';
import { toBlocks } from './blocks';

const place = () => recordedData('place-buergermeisterhof', PlaceProfileDocument).places[0]!;

describe('toBlocks', () => {
  it('turns the recorded rich text of a profile into paragraphs of text', () => {
    const blocks = toBlocks(place().building);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
    const first = blocks[0];
    expect(first.type === 'paragraph' && first.children[0]).toMatchObject({ type: 'text', text: expect.stringContaining('1543') });
  });

  it('keeps only safe links, shifts headings below the page title and drops unknown nodes', () => {
    const blocks = toBlocks([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Titel' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'böse' }] },
          { type: 'link', url: 'https://zukunftsorte.land', children: [{ type: 'text', text: 'gut', bold: true }] },
        ],
      },
      { type: 'image', image: { url: 'x' } },
      'kein Block',
    ]);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 2 });
    const paragraph = blocks[1];
    expect(paragraph.type === 'paragraph' && paragraph.children).toEqual([
      { type: 'text', text: 'böse', bold: false, italic: false, underline: false, strikethrough: false, code: false },
      { type: 'link', href: 'https://zukunftsorte.land/', children: [expect.objectContaining({ text: 'gut', bold: true })] },
    ]);
    expect(toBlocks(null)).toEqual([]);
  });
});
