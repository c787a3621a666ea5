/**
 * The figures a text states — dates, years, percentages, amounts and counts —
 * read in their usual forms on each side, so the preface and the letter can
 * be compared by value: 2020年5月6日 ↔ 6 May 2020 / May 6, 2020; 17％ ↔
 * 17 per cent; 2.3亿 ↔ 230 million; 一千二百 ↔ 1,200; 三名 ↔ three.
 *
 * Dates come from chrono-node (chrono.zh.hans, chrono.en), which knows both
 * languages' date forms, Chinese numerals included (二〇二〇年五月六日);
 * Chinese numerals elsewhere from nzh. The Chinese reading is strict (it is the
 * side that warns: a figure read wrongly there is a false alarm); the English
 * one is generous (it only has to find what the preface says).
 */
import * as chrono from 'chrono-node';
import Nzh from 'nzh';
import type { BlockText } from './blockText';

export type FigureKind = 'date' | 'year' | 'percent' | 'number';

export interface Figure {
  kind: FigureKind;
  /** The number, the percentage, or the year; for a date, its day of the month (0 when not given). */
  value: number;
  month?: number;
  year?: number;
  block: BlockText;
  offset: number;
  length: number;
  /** As written, for the message. */
  text: string;
}

type Span = [number, number];
const overlaps = (spans: Span[], start: number, end: number) => spans.some(([s, e]) => start < e && s < end);

/** Titles quoted in the text (《…》, “…”, "…"): a figure in an article's title is not the letter's claim. */
const QUOTED = /《[^》]*》|“[^”]*”|"[^"]*"/g;
/** Numbering at the start of a block ("1.", "2、", "（三）", "一、", "(a)"): not a figure. */
const NUMBERING = /^\s*(?:[(（]?[\d一二三四五六七八九十]+[)）.、．]|[(（][\p{L}][)）])/u;

function skipped(block: BlockText): Span[] {
  const spans: Span[] = [...block.text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
  const numbering = NUMBERING.exec(block.text);
  if (numbering) spans.push([0, numbering[0].length]);
  for (const p of block.placeholders) spans.push([p.offset, p.offset + p.length]);
  return spans;
}

function figure(
  block: BlockText,
  kind: FigureKind,
  offset: number,
  text: string,
  value: number,
  extra: Partial<Pick<Figure, 'month' | 'year'>> = {},
): Figure {
  return { kind, value, block, offset, length: text.length, text, ...extra };
}

const HAN_DIGITS = '〇零一二两三四五六七八九十百千万亿';
const hanNumber = (text: string): number =>
  Number(Nzh.cn.decodeS(text.replace(/两/g, '二').replace(/〇/g, '零')));
const arabic = (text: string): number => Number(text.replace(/[,，]/g, ''));
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** Measure words after a Chinese numeral that make it a count (三名, 五次, 两国). */
const MEASURE = '个次名位项届国家条天年月周岁件份所座架艘枚人倍场轮批种类点';

// ---- Chinese ----

function chineseDates(block: BlockText, skip: Span[]): Figure[] {
  const found: Figure[] = [];
  for (const result of chrono.zh.hans.parse(block.text)) {
    const { start } = result;
    // Only dates written out: "今天" and "上周一" are not figures to compare.
    const core =
      /[\d〇零一二三四五六七八九十]+年?[\d〇零一二三四五六七八九十]*月(?:[\d〇零一二三四五六七八九十]+[日号])?/.exec(
        result.text,
      );
    if (!core || !start.isCertain('month')) continue;
    const offset = result.index + core.index;
    if (overlaps(skip, offset, offset + core[0].length)) continue;
    const text = /^[\d〇零一二三四五六七八九十]+年/.test(core[0])
      ? core[0]
      : core[0].replace(/^.*?(?=[\d〇零一二三四五六七八九十]+月)/, '');
    const at = offset + core[0].length - text.length;
    found.push(
      figure(block, 'date', at, text, start.isCertain('day') ? (start.get('day') ?? 0) : 0, {
        month: start.get('month') ?? undefined,
        ...(/年/.test(text) ? { year: start.get('year') ?? undefined } : {}),
      }),
    );
  }
  return found;
}

const ZH_PATTERNS: Array<{
  pattern: RegExp;
  read: (m: RegExpExecArray) => Omit<Figure, 'block' | 'offset' | 'length' | 'text'> | null;
}> = [
  // 17%, 17％, 3.5%
  { pattern: /(\d+(?:\.\d+)?)\s*[%％]/g, read: (m) => ({ kind: 'percent', value: Number(m[1]) }) },
  // 百分之十七, 百分之17
  {
    pattern: new RegExp(`百分之([\\d.]+|[${HAN_DIGITS}]+)`, 'g'),
    read: (m) => ({ kind: 'percent', value: /\d/.test(m[1]) ? Number(m[1]) : hanNumber(m[1]) }),
  },
  // 2020年 (a year on its own; dates are read first)
  {
    pattern: /(?<!\d)((?:19|20)\d{2})年(?!\d{1,2}月)/g,
    read: (m) => ({ kind: 'year', value: Number(m[1]) }),
  },
  // 1,200 · 1200 · 2.3亿 · 3万 (not part of a name such as G20 or COVID-19)
  {
    pattern:
      /(?<![\p{Script=Latin}\d.-])(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)(万亿|万|亿)?(?![\p{Script=Latin}\d])/gu,
    read: (m) => ({ kind: 'number', value: arabic(m[1]) * (MULTIPLIER[m[2] ?? ''] ?? 1) }),
  },
  // 一千二百, 三亿, 三名 / 两国 (a count: the numeral before a measure word), never 第三 (an ordinal)
  {
    pattern: new RegExp(
      `(?<![第${HAN_DIGITS}])([一二两三四五六七八九十][${HAN_DIGITS}]*)([${MEASURE}]?)`,
      'gu',
    ),
    read: (m) => {
      const [, written, measure] = m;
      const value = hanNumber(written);
      // A lone 一 is "a" (一个, 一带一路); 十分 is "very"; 三亚 is a place: only a count
      // (a numeral before a measure word) or an amount written out (一千二百, 三亿) is a figure.
      if (!value || value < 2) return null;
      if (!measure && !/[百千万亿]/.test(written)) return null;
      return { kind: 'number', value };
    },
  },
];

export function chineseFigures(block: BlockText): Figure[] {
  const skip = skipped(block);
  const dates = chineseDates(block, skip);
  const taken: Span[] = [...skip, ...dates.map((d): Span => [d.offset, d.offset + d.length])];
  const found: Figure[] = [...dates];
  for (const { pattern, read } of ZH_PATTERNS) {
    for (const match of block.text.matchAll(pattern) as IterableIterator<RegExpExecArray>) {
      const end = match.index + match[0].length;
      // `taken` holds the placeholders (skipped()): a field's value is never read as a figure.
      if (overlaps(taken, match.index, end)) continue;
      const read_ = read(match);
      if (!read_ || !Number.isFinite(read_.value)) continue;
      found.push({ ...read_, block, offset: match.index, length: match[0].length, text: match[0] });
      taken.push([match.index, end]);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

// ---- English ----

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Record<string, number> = {
  decade: 10,
  decades: 10,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
};
/** Words that state a count without a numeral ("both sides" = 两国, "twice" = 两次). */
const COUNT_WORDS: Record<string, number> = { both: 2, twice: 2, thrice: 3, dozen: 12, pair: 2 };

function wordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  const unit = UNITS.indexOf(lower);
  if (unit >= 0) return unit;
  const ten = TENS.indexOf(lower);
  if (ten > 0) return ten * 10;
  const [tens, units] = lower.split('-');
  if (units && TENS.indexOf(tens) > 0 && UNITS.indexOf(units) > 0)
    return TENS.indexOf(tens) * 10 + UNITS.indexOf(units);
  return COUNT_WORDS[lower];
}

const EN_NUMBER =
  /(?:(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<!\p{L})([a-z]+(?:-[a-z]+)?))(?:\s+(hundred|thousand|million|billion|trillion|decades?)|\s?(bn|m)\b)?(?:\s*(%|per\s?cent\b|percent\b))?/giu;

/** Every number in an English text, with its scale and whether it is a percentage. */
function englishNumbers(block: BlockText): Figure[] {
  const found: Figure[] = [];
  for (const match of block.text.matchAll(EN_NUMBER)) {
    const [written, digits, words, scale, shortScale, percent] = match;
    const base = digits ?? words;
    const value = digits ? Number(digits.replace(/,/g, '')) : wordValue(words);
    if (value === undefined) continue;
    const scaled = value * (SCALES[(scale ?? shortScale ?? '').toLowerCase()] ?? 1);
    found.push(figure(block, percent ? 'percent' : 'number', match.index, written, scaled));
    // "300 million" also says 300; "17 per cent" also says 17.
    if (scale || shortScale || percent) found.push(figure(block, 'number', match.index, base, value));
  }
  return found;
}

const RELATIVE = /\b(?:today|tonight|tomorrow|yesterday|now|ago|last|next|this|coming)\b/i;

/** A month's name or a numeric date: chrono is the costly part, so blocks without either are not given to it. */
const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

function englishDates(block: BlockText): Figure[] {
  if (!DATE_HINT.test(block.text)) return [];
  return (
    chrono.en
      .parse(block.text)
      // A named month counts ("in May" answers 5月); a day said relative to today does not.
      .filter((result) => result.start.isCertain('month') && !RELATIVE.test(result.text))
      .map((result) =>
        figure(
          block,
          'date',
          result.index,
          result.text,
          result.start.isCertain('day') ? (result.start.get('day') ?? 0) : 0,
          {
            month: result.start.get('month') ?? undefined,
            year: result.start.isCertain('year') ? (result.start.get('year') ?? undefined) : undefined,
          },
        ),
      )
  );
}

/** The English side's figures: generous on purpose, as they only have to answer the preface's. */
export function englishFigures(block: BlockText, withDates = true): Figure[] {
  // Reading dates is most of the work on a long letter: skipped when the preface gives none.
  return [...(withDates ? englishDates(block) : []), ...englishNumbers(block)];
}

/** True when `english` states the Chinese figure `zh` in any of its usual forms. */
export function sameFigure(zh: Figure, english: Figure): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(a) * 1e-9;
  switch (zh.kind) {
    case 'date':
      return (
        english.kind === 'date' &&
        english.month === zh.month &&
        (zh.value === 0 || english.value === zh.value) &&
        (zh.year === undefined || english.year === undefined || english.year === zh.year)
      );
    case 'year':
      return (
        (english.kind === 'number' && english.value === zh.value) ||
        (english.kind === 'date' && english.year === zh.value)
      );
    case 'percent':
      return english.kind === 'percent' && close(english.value, zh.value);
    case 'number':
      return (english.kind === 'number' || english.kind === 'percent') && close(english.value, zh.value);
  }
}
