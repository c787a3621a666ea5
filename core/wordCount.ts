/**
 * Live counts shown under each pane.
 *
 * English: as Word counts, and so as editors measure their word limits: a word
 * is anything between spaces that holds a letter or digit ("Sir/Madam," and
 * "S&T" are one word each; a lone dash is none).
 *
 * Chinese: Word's "East Asian characters" statistic counts every CJK ideograph,
 * kana and hangul syllable, and every full-width or CJK punctuation mark, each
 * as one; Latin letters inside Chinese text are not part of that figure.
 */

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Ideographs (all planes), kana, hangul, CJK symbols and punctuation (except
// the ideographic space), and full-width forms.
const EAST_ASIAN_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3001-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/gu;

export function countEnglishWords(text: string): number {
  // Ideographs are not English words: strip them so a Chinese phrase inside an
  // English paragraph does not count as one giant "word".
  const latin = text.replace(EAST_ASIAN_CHAR, ' ');
  return latin.split(/\s+/).filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
}

export function countEastAsianCharacters(text: string): number {
  return text.match(EAST_ASIAN_CHAR)?.length ?? 0;
}
