import { describe, expect, it } from 'vitest';
import { editorDoc, headingNode, paragraphNode, textNode } from '../../core/editorDoc';
import type { LetterContent } from '../../core/history/version';
import { newBlankLetter } from '../../core/letter';
import { compareWithPublished, publishedParagraphs } from '../../core/log/publishedContent';

function sent(body: string[]): LetterContent {
  const base = newBlankLetter({ id: 'l1', now: new Date('2026-11-30T09:00:00Z') });
  return {
    ...base,
    preface: editorDoc([headingNode('h1', [textNode('标题')]), paragraphNode([textNode('导语。')])]),
    body: editorDoc(body.map((t) => paragraphNode([textNode(t)]))),
  };
}

describe('the published text compared with what was sent', () => {
  it('splits pasted text into paragraphs at line breaks, dropping blank lines and stray spacing', () => {
    expect(publishedParagraphs('  One.\r\n\r\nTwo words.\nThree. \n\n')).toEqual([
      'One.',
      'Two words.',
      'Three.',
    ]);
    expect(publishedParagraphs(' \n ')).toEqual([]);
  });

  it('shows a cut paragraph and a cut sentence as deleted, and nothing else changed', () => {
    const letter = sent([
      'First point stands. A second sentence here.',
      'A paragraph the paper cut.',
      'Last.',
    ]);
    const { fields, sides } = compareWithPublished(letter, 'First point stands.\n\nLast.');
    expect(fields).toEqual([]);
    expect(sides.preface.blocks.every((block) => block.change === 'same')).toBe(true);
    expect(sides.body.deleted).toBeGreaterThan(0);
    expect(sides.body.inserted).toBe(0);
    const gone = sides.body.blocks.filter((block) => block.change === 'deleted');
    expect(gone.map((block) => block.parts.map((part) => part.text).join(''))).toEqual([
      'A paragraph the paper cut.',
    ]);
    const edited = sides.body.blocks.find((block) => block.change === 'changed');
    expect(edited?.parts.filter((part) => part.change === 'deleted').map((p) => p.text.trim())).toEqual([
      'A second sentence here.',
    ]);
  });

  it('finds no change when the paper printed the letter as sent', () => {
    const { sides } = compareWithPublished(sent(['One.', 'Two.']), 'One.\nTwo.');
    expect(sides.body.blocks.every((block) => block.change === 'same')).toBe(true);
  });
});
