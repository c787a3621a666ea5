/**
 * Splits folded text into the terms the search index keys on.
 *
 * Chinese, Japanese and Korean have no spaces between words and no dictionary
 * is shipped to segment them, so runs of those scripts are indexed as
 * overlapping character pairs (bigrams): a query of two or more characters
 * matches when all its pairs occur, the usual approach of CJK full-text
 * engines (Lucene's CJKAnalyzer). Other scripts are split into words of
 * letters and digits.
 *
 * A hand-written scanner rather than one Unicode regular expression: indexing
 * 10,000 letters spent ~3 s in the regex and ~0.3 s here. The definitions
 * below are the rules; tests check the scanner against them on random text.
 */

export const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
export const WORD_CHAR = /[\p{L}\p{N}]/u;

const enum Kind {
  Other,
  Word,
  Cjk,
}

function kindOf(code: number, char: string): Kind {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) ? Kind.Word : Kind.Other;
  }
  // The CJK Unified Ideographs block and Hangul syllables: all of Chinese and Korean text, nearly.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) return Kind.Cjk;
  if (CJK_CHAR.test(char)) return Kind.Cjk;
  return WORD_CHAR.test(char) ? Kind.Word : Kind.Other;
}

export interface Terms {
  /** Words of other scripts, e.g. "embassy", "2020". */
  words: string[];
  /** CJK runs, whole, e.g. "纳米技术". */
  cjkRuns: string[];
}

/** The words and CJK runs of already folded text, in order. */
export function splitTerms(folded: string): Terms {
  const words: string[] = [];
  const cjkRuns: string[] = [];
  let start = 0;
  let current = Kind.Other;
  const close = (end: number) => {
    if (current === Kind.Word) words.push(folded.slice(start, end));
    else if (current === Kind.Cjk) cjkRuns.push(folded.slice(start, end));
  };
  for (let i = 0; i < folded.length;) {
    const code = folded.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code, width === 1 ? folded[i] : folded.slice(i, i + 2));
    if (kind !== current) {
      close(i);
      start = i;
      current = kind;
    }
    i += width;
  }
  close(folded.length);
  return { words, cjkRuns };
}

/** The character pairs of a CJK run; a single character stands for itself. */
export function cjkGrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  return grams;
}
