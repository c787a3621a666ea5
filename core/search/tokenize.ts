/**
 * Splits folded text into the terms the search index keys on.
 *
 * Chinese, Japanese and Korean have no spaces between words and no dictionary
 * is shipped to segment them, so runs of those scripts are indexed as
 * overlapping character pairs (bigrams): a query of two or more characters
 * matches when all its pairs occur, the usual approach of CJK full-text
 * engines (Lucene's CJKAnalyzer, SQLite FTS's trigram cousins). Other scripts
 * are split into words of letters and digits.
 */

const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}`;
const TERM = new RegExp(String.raw`[${CJK}]+|(?:(?![${CJK}])[\p{L}\p{N}])+`, 'gu');
const CJK_RUN = new RegExp(String.raw`^[${CJK}]`, 'u');

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
  for (const [term] of folded.matchAll(TERM)) (CJK_RUN.test(term) ? cjkRuns : words).push(term);
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
