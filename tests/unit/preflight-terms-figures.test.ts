import { describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, placeholderNode, textNode } from '../../core/editorDoc';
import type { BlockText } from '../../core/preflight/blockText';
import { chineseFigures, englishFigures, sameFigure } from '../../core/preflight/crossLanguageFigures';
import { letterOf, problems } from './preflight-terms-helpers';

const block = (text: string, side: BlockText['side'] = 'preface'): BlockText => ({
  side,
  blockIndex: 0,
  type: 'paragraph',
  text,
  placeholders: [],
});
const zh = (text: string) => chineseFigures(block(text)).map((f) => f.text);
const stated = (preface: string, letter: string) => {
  const english = englishFigures(block(letter, 'body'));
  return chineseFigures(block(preface)).every((figure) => english.some((en) => sameFigure(figure, en)));
};

describe('figures: reading the preface', () => {
  it('finds dates, years, percentages, amounts and counts', () => {
    expect(
      zh('2020年5月6日，三名部长在2020年就17%和百分之五的增幅、1,200人和2.3亿元、一千二百个项目会谈。'),
    ).toEqual(['2020年5月6日', '三名', '2020年', '17%', '百分之五', '1,200', '2.3亿', '一千二百个']);
  });

  it('skips titles, numbering, ordinals, names and words that only look like numbers', () => {
    expect(
      zh('1. 回应《2020年的17个问题》一文：第三次会议，G20峰会，一带一路，十分重要，三亚，一个问题。'),
    ).toEqual([]);
  });
});

describe('figures: the usual forms on each side', () => {
  it('reads no date said relative to today on either side', () => {
    expect(zh('今天，上周一，上个月')).toEqual([]);
    expect(englishFigures(block('today, tomorrow and next Monday', 'body'))).toEqual([]);
  });

  it.each([
    ['2020年5月6日', 'on 6 May 2020'],
    ['2020年5月6日', 'on May 6, 2020'],
    ['2020年5月6日', 'on 6 May'],
    ['5月6日', 'on 6 May'],
    ['二〇二〇年五月六日', 'on 6 May 2020'],
    ['17%', '17 per cent'],
    ['17％', '17 percent'],
    ['百分之十七', '17%'],
    ['1,200人', '1200 people'],
    ['1200人', '1,200 people'],
    ['一千二百人', '1,200 people'],
    ['三名部长', 'three ministers'],
    ['两国', 'both countries'],
    ['3亿', '300 million'],
    ['2.3亿', '230 million'],
    ['2020年', 'in 2020'],
    ['二十年来', 'over two decades'],
    ['2020年5月', 'in May 2020'],
    ['5月', 'in May'],
  ])('%s ↔ %s', (preface, letter) => {
    expect(stated(preface, letter)).toBe(true);
  });

  it.each([
    ['2020年5月6日', 'on 7 May 2020'],
    ['2020年5月6日', 'on 6 May 2021'],
    ['17%', '17 people'],
    ['17%', '16 per cent'],
    ['3亿', '3 million'],
    ['三名部长', 'four ministers'],
    ['2020年', 'in 2021'],
    ['5月', 'in June'],
  ])('%s is not %s', (preface, letter) => {
    expect(stated(preface, letter)).toBe(false);
  });
});

describe('preflight: a figure on one side only', () => {
  it('warns with both places when the letter has a differing figure of the same kind', () => {
    const letter = letterOf(['我们注意到，增长了17%。'], ['Intro.', 'Growth was 16 per cent.']);
    const [problem, ...rest] = problems(letter, 'crossLanguage.figure');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'warning',
      side: 'preface',
      message:
        'The preface gives 17% (“我们注意到，增长了17%。”); the letter does not, but it has 16 per cent: check that they agree.',
      location: { side: 'preface', blockIndex: 0, offset: '我们注意到，增长了'.length, length: 3 },
      related: { side: 'body', blockIndex: 1, offset: 'Growth was '.length, length: '16 per cent'.length },
    });
  });

  it('warns with the one place when the letter has nothing like it', () => {
    const letter = letterOf(['会议于2020年5月6日举行。'], ['The meeting took place.']);
    expect(problems(letter, 'crossLanguage.figure')).toEqual([
      expect.objectContaining({
        message: 'The preface gives 2020年5月6日 (“会议于2020年5月6日举行。”); the letter does not.',
        location: { side: 'preface', blockIndex: 0, offset: 3, length: '2020年5月6日'.length },
      }),
    ]);
    expect(problems(letter, 'crossLanguage.figure')[0].related).toBeUndefined();
  });

  it('points at no date’s day, and reads no figure in a placeholder’s value', () => {
    const letter = letterOf(['过去二十年来，我们合作。'], ['On 27 March 2024 we said so.']);
    const [problem] = problems(letter, 'crossLanguage.figure');
    expect(problem.message).toBe(
      'The preface gives 二十年 (“过去二十年来，我们合作。”); the letter does not.',
    );
    expect(problem.related).toBeUndefined();
    const fromField = letterOf([], ['Sir']);
    fromField.preface = editorDoc([
      paragraphNode([textNode('贵报'), placeholderNode('article.date'), textNode('的文章')]),
    ]);
    expect(
      problems({ ...fromField, fields: { ...fromField.fields, articleDate: '2020-05-06' } }, 'crossLanguage'),
    ).toEqual([]);
  });

  it('passes figures stated on both sides, and figures only the letter gives', () => {
    const letter = letterOf(
      ['2020年5月6日，三名部长就17％的增长会谈。'],
      ['On May 6, 2020, three ministers discussed growth of 17 per cent, up from 12 per cent in 2019.'],
    );
    expect(problems(letter, 'crossLanguage.figure')).toEqual([]);
  });
});
