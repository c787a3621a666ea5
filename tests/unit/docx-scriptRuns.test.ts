import { describe, expect, it } from 'vitest';
import { scriptSegments, splitByScript } from '../../core/docx/scriptRuns';

const show = (segments: { text: string; cjk: boolean }[]) =>
  segments.map(({ text, cjk }) => `${cjk ? 'zh' : 'en'}:${text}`);

describe('scriptSegments', () => {
  it('splits Chinese from Latin text, with digits and spaces as Latin', () => {
    expect(show(scriptSegments('5月6日发表English title的文章'))).toEqual([
      'en:5',
      'zh:月',
      'en:6',
      'zh:日发表',
      'en:English title',
      'zh:的文章',
    ]);
  });

  it('treats CJK and full-width punctuation as Chinese', () => {
    expect(show(scriptSegments('《欧盟观察网》，称：“……”。'))).toEqual(['zh:《欧盟观察网》，称：“……”。']);
  });

  it('keeps curly quotes in English text Latin', () => {
    expect(show(scriptSegments('the article “China suspected” — in ‘heart of EU’…'))).toEqual([
      'en:the article “China suspected” — in ‘heart of EU’…',
    ]);
  });

  it('gives quotes next to Chinese to the Chinese run, on either side', () => {
    expect(show(scriptSegments('the “中国” claim'))).toEqual(['en:the ', 'zh:“中国”', 'en: claim']);
    expect(show(scriptSegments('题为“China”的'))).toEqual(['zh:题为“', 'en:China', 'zh:”的']);
  });

  it('keeps characters outside the BMP whole', () => {
    expect(show(scriptSegments('a𠀀b'))).toEqual(['en:a', 'zh:𠀀', 'en:b']);
  });

  it('returns no segments for empty text', () => {
    expect(scriptSegments('')).toEqual([]);
  });
});

describe('splitByScript', () => {
  it('reads the pieces of a paragraph as one text, so a lone quote follows its Chinese neighbour', () => {
    const [before, quote, bold, after] = splitByScript(['有关', '“', '中国', '”报道', ' and more']);
    expect(show(before)).toEqual(['zh:有关']);
    expect(show(quote)).toEqual(['zh:“']);
    expect(show(bold)).toEqual(['zh:中国']);
    expect(show(after)).toEqual(['zh:”报道']);
    expect(splitByScript(['English ', '“', 'quote', '”'])[1]).toEqual([{ text: '“', cjk: false }]);
  });
});
