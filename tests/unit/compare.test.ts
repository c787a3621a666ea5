import { describe, expect, it } from 'vitest';
import { compareLetters } from '../../core/compare/compareLetters';
import type { DiffBlock, DiffPart, SideComparison } from '../../core/compare/comparison';
import { editorDoc, headingNode, paragraphNode, placeholderNode, textNode } from '../../core/editorDoc';
import type { LetterContent } from '../../core/history/version';
import { newBlankLetter, type Letter } from '../../core/letter';
import { listNode } from '../helpers/letterDocs';

function letter(preface: string[], body: string[], changes: Partial<Letter> = {}): LetterContent {
  const base = newBlankLetter({ id: 'l1', now: new Date('2026-11-30T09:00:00Z') });
  return {
    ...base,
    preface: editorDoc([
      headingNode('h1', [textNode('标题')]),
      ...preface.map((t) => paragraphNode([textNode(t)])),
    ]),
    body: editorDoc(body.map((t) => paragraphNode([textNode(t)]))),
    ...changes,
  };
}

const textOf = (parts: DiffPart[], keep: 'deleted' | 'inserted') =>
  parts
    .filter((part) => part.change === 'same' || part.change === keep)
    .map((part) => part.text)
    .join('');
const older = (side: SideComparison) =>
  side.blocks.filter((b) => b.change !== 'inserted').map((b) => textOf(b.parts, 'deleted'));
const newer = (side: SideComparison) =>
  side.blocks.filter((b) => b.change !== 'deleted').map((b) => textOf(b.parts, 'inserted'));
const marked = (block: DiffBlock, change: 'inserted' | 'deleted') =>
  block.parts.filter((part) => part.change === change).map((part) => part.text.trim());

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Every part starts and ends on a grapheme boundary of the text it belongs to. */
function expectWholeGraphemes(block: DiffBlock) {
  for (const keep of ['deleted', 'inserted'] as const) {
    const text = textOf(block.parts, keep);
    const ends = new Set([0, ...[...graphemes.segment(text)].map((s) => s.index + s.segment.length)]);
    let offset = 0;
    for (const part of block.parts) {
      if (part.change !== 'same' && part.change !== keep) continue;
      expect(ends.has(offset), `part "${part.text}" starts inside a grapheme of "${text}"`).toBe(true);
      offset += part.text.length;
      expect(ends.has(offset), `part "${part.text}" ends inside a grapheme of "${text}"`).toBe(true);
    }
  }
}

describe('compareLetters', () => {
  it('finds no change between identical letters', () => {
    const a = letter(['我们注意到这篇报道。'], ['The embassy notes the article.', 'It is wrong.']);
    const result = compareLetters(a, structuredClone(a));
    expect(result.fields).toEqual([]);
    for (const side of [result.sides.preface, result.sides.body]) {
      expect(side.inserted).toBe(0);
      expect(side.deleted).toBe(0);
      expect(side.blocks.every((block) => block.change === 'same')).toBe(true);
    }
    expect(result.sides.body.blocks.map((b) => b.parts)).toEqual([
      [{ text: 'The embassy notes the article.', change: 'same' }],
      [{ text: 'It is wrong.', change: 'same' }],
    ]);
  });

  it('marks English words inserted and deleted, and counts them', () => {
    const a = letter([], ['The embassy notes the article with concern.']);
    const b = letter([], ['The embassy firmly rejects the article.']);
    const { body } = compareLetters(a, b).sides;
    const [block] = body.blocks;
    expect(block.change).toBe('changed');
    expect(marked(block, 'deleted').join(' ')).toMatch(/notes.*with concern/);
    expect(marked(block, 'inserted').join(' ')).toMatch(/firmly rejects/);
    expect(body.inserted).toBe(2);
    expect(body.deleted).toBe(3);
    expect(older(body)).toEqual(['The embassy notes the article with concern.']);
    expect(newer(body)).toEqual(['The embassy firmly rejects the article.']);
  });

  it('marks a Chinese edit inside a sentence by words', () => {
    const a = letter(['中方注意到该报道对中欧科研合作的描述与事实不符。'], []);
    const b = letter(['中方注意到该报道对中欧科研合作的描述严重失实。'], []);
    const { preface } = compareLetters(a, b).sides;
    const block = preface.blocks[1];
    expect(preface.blocks[0].change).toBe('same');
    expect(block.change).toBe('changed');
    expect(block.parts[0]).toEqual({ text: '中方注意到该报道对中欧科研合作的描述', change: 'same' });
    expect(marked(block, 'deleted').join('')).toBe('与事实不符');
    expect(marked(block, 'inserted').join('')).toBe('严重失实');
    expect(preface.deleted).toBeGreaterThan(1);
    expect(older(preface)[1]).toBe('中方注意到该报道对中欧科研合作的描述与事实不符。');
    expect(newer(preface)[1]).toBe('中方注意到该报道对中欧科研合作的描述严重失实。');
  });

  it('works on Chinese and English mixed in one block, on both sides', () => {
    const a = letter(
      ['英国《金融时报》记者John Smith的文章歪曲了事实。'],
      ['Ambassador 郑泽光 wrote to the Financial Times.'],
    );
    const b = letter(
      ['英国《金融时报》记者Jane Smith的文章歪曲了事实。'],
      ['Ambassador 张三 wrote to The Times.'],
    );
    const { preface, body } = compareLetters(a, b).sides;
    expect(marked(preface.blocks[1], 'deleted')).toEqual(['John']);
    expect(marked(preface.blocks[1], 'inserted')).toEqual(['Jane']);
    expect(marked(body.blocks[0], 'deleted').join(' ')).toContain('郑泽光');
    expect(marked(body.blocks[0], 'inserted').join(' ')).toContain('张三');
    expect(marked(body.blocks[0], 'deleted').join(' ')).toMatch(/Financial/);
    expect(older(body)).toEqual(['Ambassador 郑泽光 wrote to the Financial Times.']);
    expect(newer(body)).toEqual(['Ambassador 张三 wrote to The Times.']);
  });

  const emojiCases: Array<[string, string]> = [
    ['We agree 👍 fully', 'We agree 👍🏽 fully'],
    ['A family 👨‍👩‍👧 photo', 'A family 👨‍👩‍👧‍👦 photo'],
    ['Flags 🇨🇳 here', 'Flags 🇨🇳🇬🇧 here'],
    ['Point 1️⃣ first', 'Point 2️⃣ first'],
    ['我们👍同意👨‍👩‍👧家庭', '我们👍🏽同意👨‍👩‍👦家庭'],
    ['𠮷野家的牛丼', '𠮷野屋的牛丼'],
    ['𠮷🇨🇳1️⃣', '𠮷🇬🇧1️⃣👍🏽'],
    ['cafe\u0301 o\u0308', 'cafe\u0300 o\u0308'],
    // A prefixed concatenation mark: one grapheme with what follows, but a word break before it.
    ['ab\u0600 cd', 'xy\u0600 cd'],
    ['中\u0600文字', '中\u0600文子'],
  ];
  it.each(emojiCases)(
    'never splits an emoji, a flag, a keycap or a surrogate pair: %s → %s',
    (before, after) => {
      for (const side of ['preface', 'body'] as const) {
        const a = side === 'preface' ? letter([before], []) : letter([], [before]);
        const b = side === 'preface' ? letter([after], []) : letter([], [after]);
        const result = compareLetters(a, b).sides[side];
        const blocks = result.blocks.filter((block) => block.change !== 'same');
        expect(blocks.length).toBeGreaterThan(0);
        expect(older(result)).toContain(before);
        expect(newer(result)).toContain(after);
        for (const block of blocks) {
          expectWholeGraphemes(block);
          for (const part of block.parts) expect(part.text).not.toMatch(LONE_SURROGATE);
        }
      }
    },
  );

  it('marks whole blocks inserted, deleted and moved', () => {
    const a = letter(
      [],
      [
        'First paragraph stays.',
        'Second paragraph goes away now.',
        'Third paragraph moves.',
        'Fourth stays too.',
      ],
    );
    const b = letter(
      [],
      [
        'Third paragraph moves.',
        'First paragraph stays.',
        'Fourth stays too.',
        'A brand new closing thought.',
      ],
    );
    const { body } = compareLetters(a, b).sides;
    const summary = body.blocks.map((block) => [block.change, block.parts.map((p) => p.text).join('')]);
    expect(summary).toContainEqual(['deleted', 'Second paragraph goes away now.']);
    expect(summary).toContainEqual(['inserted', 'A brand new closing thought.']);
    // Moved: one of the two swapped paragraphs is gone from where it stood and new where it is now.
    const moved = ['First paragraph stays.', 'Third paragraph moves.'].map((paragraph) =>
      summary
        .filter(([, text]) => text === paragraph)
        .map(([change]) => change)
        .sort()
        .join(' '),
    );
    expect(moved.sort()).toEqual(['deleted inserted', 'same']);
    expect(older(body)).toEqual([
      'First paragraph stays.',
      'Second paragraph goes away now.',
      'Third paragraph moves.',
      'Fourth stays too.',
    ]);
    expect(newer(body)).toEqual([
      'Third paragraph moves.',
      'First paragraph stays.',
      'Fourth stays too.',
      'A brand new closing thought.',
    ]);
    expect(body.inserted).toBe(3 + 5);
  });

  it('pairs an edited paragraph with its new text even when a paragraph was inserted before it', () => {
    const a = letter([], ['Opening line.', 'The embassy notes the article with concern.']);
    const b = letter(
      [],
      [
        'Opening line.',
        'Something entirely different is said here.',
        'The embassy notes the article with deep concern.',
      ],
    );
    const { body } = compareLetters(a, b).sides;
    expect(body.blocks.map((block) => block.change)).toEqual(['same', 'inserted', 'changed']);
    expect(marked(body.blocks[2], 'inserted')).toEqual(['deep']);
  });

  it('reads lists item by item and headings by kind', () => {
    const base = letter([], []);
    const a = {
      ...base,
      body: editorDoc([
        headingNode('h2', [textNode('Facts')]),
        listNode('bullet', [[textNode('One claim')], [textNode('Two claims')]]),
      ]),
    };
    const b = {
      ...base,
      body: editorDoc([
        headingNode('h2', [textNode('Facts')]),
        listNode('bullet', [[textNode('One claim')], [textNode('Three claims')]]),
      ]),
    };
    const { body } = compareLetters(a, b).sides;
    expect(body.blocks.map((block) => [block.kind, block.change])).toEqual([
      ['heading', 'same'],
      ['listItem', 'same'],
      ['listItem', 'changed'],
    ]);
  });

  it('lists the fields that changed as display strings', () => {
    const a = letter([], [], {
      salutation: 'Dear Sir/Madam,',
      date: '2026-11-30',
      status: 'draft',
      signatory: {
        nameEn: 'Li Wei',
        titleEn: 'Spokesperson',
        organisationEn: 'Embassy',
      } as Letter['signatory'],
    });
    const b = letter([], [], {
      salutation: 'Dear Editor,',
      date: '2026-12-01',
      status: 'final',
      signatory: {
        nameEn: 'Wang Fang',
        titleEn: 'Counsellor',
        organisationEn: 'Embassy',
      } as Letter['signatory'],
    });
    b.fields = { ...b.fields, publication: 'The Guardian' };
    expect(compareLetters(a, b).fields).toEqual([
      { field: 'publication', before: '', after: 'The Guardian' },
      { field: 'date', before: '2026-11-30', after: '2026-12-01' },
      { field: 'salutation', before: 'Dear Sir/Madam,', after: 'Dear Editor,' },
      { field: 'signatory', before: 'Li Wei\nSpokesperson', after: 'Wang Fang\nCounsellor' },
      { field: 'status', before: 'draft', after: 'final' },
    ]);
  });

  it('compares the text with placeholders resolved for each version', () => {
    const base = letter([], []);
    const withPlaceholder = (publication: string): LetterContent => ({
      ...base,
      fields: { ...base.fields, publication },
      body: editorDoc([
        paragraphNode([textNode('We write to '), placeholderNode('publication'), textNode(' today.')]),
      ]),
    });
    const { body } = compareLetters(withPlaceholder('The Times'), withPlaceholder('Le Monde')).sides;
    expect(older(body)).toEqual(['We write to The Times today.']);
    expect(newer(body)).toEqual(['We write to Le Monde today.']);
    expect(marked(body.blocks[0], 'inserted')).toEqual(['Le Monde']);
    const unchanged = compareLetters(withPlaceholder('The Times'), withPlaceholder('The Times')).sides.body;
    expect(unchanged.blocks[0].change).toBe('same');
  });
});
