import { describe, expect, it } from 'vitest';
import type { TermEntry } from '../../core/terms/termEntry';
import { termMatcher } from '../../core/terms/termMatcher';

let n = 0;
function entry(zh: string[], en: string[], forbidden: string[] = []): TermEntry {
  n++;
  return {
    id: `20260101T000000000-${n.toString(16).padStart(8, '0')}`,
    revision: 1,
    zh,
    en,
    forbidden,
    note: '',
    source: '',
    domain: 'other',
    changedBy: '',
    changedAt: '2026-01-01T00:00:00.000Z',
  };
}

const embassy = entry(['中国驻比利时使馆', '驻比利时使馆'], ['Chinese Embassy in Belgium']);
const belgium = entry(['比利时'], ['Belgium']);
const bri = entry(['一带一路'], ['Belt and Road Initiative'], ['One Belt One Road', 'OBOR']);
const prc = entry(['中华人民共和国'], ["People's Republic of China"]);
const eu = entry(['欧盟'], ['European Union', 'EU']);
const ep = entry(['欧洲议会'], ['European Parliament']);
const parliament = entry(['议会'], ['Parliament']);
const chargé = entry(['临时代办'], ['Chargé d’affaires']);
const entries = [embassy, belgium, bri, prc, eu, ep, parliament, chargé];
const matcher = termMatcher(entries);

const found = (text: string, language: 'zh' | 'en') =>
  matcher.find(text, language).map((h) => [h.text, h.kind, h.start, h.end]);

describe('termMatcher: English', () => {
  it('finds approved terms whatever their case, and forbidden variants', () => {
    expect(found('The european union and OBOR.', 'en')).toEqual([
      ['european union', 'en', 4, 18],
      ['OBOR', 'forbidden', 23, 27],
    ]);
    expect(found('one belt one road', 'en')).toEqual([['one belt one road', 'forbidden', 0, 17]]);
  });

  it('matches whole words only', () => {
    expect(found('EUR, EUs, OBORs, 2EU, EU2 and neuEU', 'en')).toEqual([]);
    expect(found('(EU) EU. EU-China', 'en').map(([t, , s]) => [t, s])).toEqual([
      ['EU', 1],
      ['EU', 5],
      ['EU', 9],
    ]);
    // An accent on the letter after counts as part of the word.
    expect(found('EUé EÚ', 'en')).toEqual([]);
  });

  it('takes the longest of overlapping terms, never two that overlap', () => {
    expect(found('the Chinese Embassy in Belgium and Belgium', 'en')).toEqual([
      ['Chinese Embassy in Belgium', 'en', 4, 30],
      ['Belgium', 'en', 35, 42],
    ]);
    expect(found('the European Parliament', 'en')).toEqual([['European Parliament', 'en', 4, 23]]);
  });

  it('folds full-width letters and curly apostrophes, with offsets in the original text', () => {
    expect(found('ＥＵ and People’s Republic of China', 'en')).toEqual([
      ['ＥＵ', 'en', 0, 2],
      ['People’s Republic of China', 'en', 7, 33],
    ]);
    // The term has a curly apostrophe, the text a straight one; and an accent written as a combining mark.
    expect(found("the charge\u0301 d'affaires", 'en')).toEqual([["charge\u0301 d'affaires", 'en', 4, 22]]);
    // A ligature folds to two letters: the hit covers the one original character.
    const fi = termMatcher([entry(['金融'], ['financial'])]);
    expect(fi.find('the ﬁnancial year', 'en').map((h) => [h.text, h.start, h.end])).toEqual([
      ['ﬁnancial', 4, 12],
    ]);
  });

  it('counts offsets in UTF-16 units after an emoji or a surrogate pair', () => {
    expect(found('😀 EU 𠮷 EU', 'en')).toEqual([
      ['EU', 'en', 3, 5],
      ['EU', 'en', 9, 11],
    ]);
  });
});

describe('termMatcher: Chinese', () => {
  it('finds Chinese forms as substrings, longest first', () => {
    expect(found('中国驻比利时使馆指出，比利时与欧盟', 'zh')).toEqual([
      ['中国驻比利时使馆', 'zh', 0, 8],
      ['比利时', 'zh', 11, 14],
      ['欧盟', 'zh', 15, 17],
    ]);
    expect(found('欧洲议会和议会', 'zh').map(([t]) => t)).toEqual(['欧洲议会', '议会']);
  });

  it('does not look for English terms on the Chinese side, nor Chinese on the English side', () => {
    expect(found('EU', 'zh')).toEqual([]);
    expect(found('欧盟', 'en')).toEqual([]);
  });

  it('is exact apart from NFKC: no near forms', () => {
    expect(found('一带 一路、中华人民共和', 'zh')).toEqual([]);
    // A compatibility ideograph folds to its unified form.
    const f = termMatcher([entry(['金'], ['gold'])]);
    expect(f.find('\uF90A', 'zh').map((h) => [h.start, h.end])).toEqual([[0, 1]]);
  });

  it('counts offsets in UTF-16 units after an emoji', () => {
    expect(found('👍🏽一带一路', 'zh')).toEqual([['一带一路', 'zh', 4, 8]]);
  });
});

describe('termMatcher: the matcher', () => {
  it('gives the entry of a hit, and is built once per termbase', () => {
    const [hit] = matcher.find('OBOR', 'en');
    expect(matcher.entry(hit.entryId)).toBe(bri);
    expect(matcher.size).toBe(entries.length);
    expect(termMatcher([...entries])).toBe(matcher);
    const changed = termMatcher(entries.map((e) => (e === eu ? { ...e, revision: 2, en: ['EU'] } : e)));
    expect(changed).not.toBe(matcher);
    expect(changed.find('European Union', 'en')).toEqual([]);
  });

  it('finds nothing in empty text or with an empty termbase', () => {
    expect(matcher.find('', 'en')).toEqual([]);
    expect(termMatcher([]).find('EU 欧盟', 'en')).toEqual([]);
  });
});
