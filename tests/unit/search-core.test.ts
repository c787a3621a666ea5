import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExcerpt } from '../../core/search/excerpt';
import { foldText, foldWithOrigins } from '../../core/search/foldText';
import { letterSearchParts, letterSearchText } from '../../core/search/letterSearchText';
import { SearchIndex } from '../../core/search/SearchIndex';
import { parseSearchQuery } from '../../core/search/searchQuery';
import { CJK_CHAR, cjkGrams, splitTerms, WORD_CHAR } from '../../core/search/tokenize';
import { loadFixtureLetter } from '../fixtures/loadLetter';

const find = (index: SearchIndex, text: string) => index.search(parseSearchQuery(text)).sort();

describe('folding and terms', () => {
  it('folds case, width, accents and ligatures, and knows where each folded character came from', () => {
    expect(foldText('Résumé ＥＵ Ǆ ﬁnal ΣΟΦΟΣ')).toBe('resume eu dz final σοφοσ');
    const { folded, origins } = foldWithOrigins('Ａé ﬁ');
    expect(folded).toBe('ae fi');
    expect(origins).toEqual([0, 1, 2, 3, 3, 4]);
  });

  it('splits words of any script and keeps CJK runs whole, even against Latin letters', () => {
    expect(splitTerms(foldText('EU观察网, Brussels’ 2020年 labs; Ελλάδα'))).toEqual({
      words: ['eu', 'brussels', '2020', 'labs', 'ελλαδα'],
      cjkRuns: ['观察网', '年'],
    });
    expect(cjkGrams('纳米技术')).toEqual(['纳米', '米技', '技术']);
    expect(cjkGrams('网')).toEqual(['网']);
  });
});

describe('the scanner against its definition, on random text', () => {
  // The rules as one regular expression: too slow to index with, plain enough to trust.
  const reference = (folded: string) => {
    const words: string[] = [];
    const cjkRuns: string[] = [];
    const term = new RegExp(`${CJK_CHAR.source}+|(?:(?!${CJK_CHAR.source})${WORD_CHAR.source})+`, 'gu');
    for (const [found] of folded.matchAll(term)) (CJK_CHAR.test(found) ? cjkRuns : words).push(found);
    return { words, cjkRuns };
  };
  const pieces = fc.constantFrom(
    'a',
    'Z',
    '7',
    ' ',
    '-',
    '’',
    'é',
    'ß',
    'ﬁ',
    'Σ',
    'ж',
    '٣',
    '中',
    '国',
    '〇',
    'ー',
    '・',
    'か',
    'カ',
    '한',
    'ᄒ',
    '𠀀',
    '😀',
    '，',
    '《',
    '\u0301',
    '\u3099',
    'ｶ',
    'Ａ',
    '\n',
  );
  const text = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  it('splits exactly as the regular-expression rules do', () => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(splitTerms(foldText(raw))).toEqual(reference(foldText(raw)));
      }),
      {
        numRuns: 2000,
      },
    );
  });

  it('folds the same whether whole or character by character', () => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(foldWithOrigins(raw).folded).toBe(foldText(raw));
      }),
      {
        numRuns: 2000,
      },
    );
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex();
  index.set('a', 'The embassy rejects the claims on nanotechnology. 中国驻比利时使馆批驳纳米技术的报道');
  index.set('b', 'Nano-scale research in Brussels labs is open. 欧盟观察网');
  index.set('c', 'A correction request to Le Soir about technology exports. 技术出口');

  it('finds a letter by every word of the query, words as prefixes, in any case or accent', () => {
    expect(find(index, 'nanotechnology')).toEqual(['a']);
    expect(find(index, 'NANO')).toEqual(['a', 'b']);
    expect(find(index, 'nano brussels')).toEqual(['b']);
    expect(find(index, 'brüssels labs')).toEqual(['b']);
    expect(find(index, 'nano soir')).toEqual([]);
    expect(find(index, '   ')).toEqual([]);
  });

  it('finds Chinese runs by their character pairs and single characters anywhere', () => {
    expect(find(index, '纳米技术')).toEqual(['a']);
    expect(find(index, '技术')).toEqual(['a', 'c']);
    expect(find(index, '术')).toEqual(['a', 'c']);
    expect(find(index, '观察网')).toEqual(['b']);
    expect(find(index, '技米')).toEqual([]);
    expect(find(index, '纳米 embassy')).toEqual(['a']);
  });

  it('forgets what a letter said before it changed, and letters removed', () => {
    const changing = new SearchIndex();
    changing.set('x', 'first draft about fisheries');
    changing.set('x', 'second draft about vaccines');
    expect(find(changing, 'fisheries')).toEqual([]);
    expect(find(changing, 'vaccines')).toEqual(['x']);
    changing.remove('x');
    expect(find(changing, 'vaccines')).toEqual([]);
    expect(changing.size).toBe(0);
  });

  it('stays right across thousands of autosaves of the same letters (dead entries swept)', () => {
    const busy = new SearchIndex();
    for (let save = 0; save < 3000; save++) busy.set(`l${save % 3}`, `draft number w${save}`);
    expect(busy.size).toBe(3);
    expect(find(busy, 'w2999')).toEqual(['l2']);
    expect(find(busy, 'w2996')).toEqual([]);
    expect(find(busy, 'draft')).toEqual(['l0', 'l1', 'l2']);
  });
});

describe('what a search looks in, and the excerpt it shows', () => {
  const letter = loadFixtureLetter('euobserver-rebuttal');

  it('includes the resolved placeholders and the letter details, not unfilled fields', () => {
    const text = letterSearchText(letter);
    expect(text).toContain('《欧盟观察网》刊登');
    expect(text).toContain('Beijing accused of scientific spying');
    expect(text).not.toMatch(/\[[a-z ]+\]/);
  });

  it('shows the words around the first match, in the letter’s own spelling', () => {
    const parts = letterSearchParts(letter);
    const excerpt = findExcerpt(parts, parseSearchQuery('EUOBSERVER'));
    expect(excerpt?.where).toBe('body');
    expect(excerpt?.match).toBe('EUobserver');
    expect(`${excerpt?.before}${excerpt?.match}${excerpt?.after}`.length).toBeLessThan(150);

    const chinese = findExcerpt(parts, parseSearchQuery('科研间谍'));
    expect(chinese).toMatchObject({ where: 'preface', match: '科研间谍' });
    expect(findExcerpt(parts, parseSearchQuery('zzzz'))).toBeNull();
  });

  it('matches words at their start only, as the index does', () => {
    const parts = [{ where: 'body' as const, text: 'Unprecedented precedent.' }];
    expect(findExcerpt(parts, parseSearchQuery('preced'))).toMatchObject({
      before: 'Unprecedented ',
      match: 'preced',
      after: 'ent.',
    });
  });
});
