/**
 * Live counts shown under each pane.
 *
 * English: a word is a run of letters or digits, possibly joined by an
 * apostrophe or hyphen ("don't", "S&T" counts as two, "China-Belgium" as one),
 * which matches what newspapers mean by their word limits.
 *
 * Chinese: Word's "East Asian characters" statistic counts every CJK ideograph,
 * kana and hangul syllable, and every full-width or CJK punctuation mark, each
 * as one; Latin letters inside Chinese text are not part of that figure.
 */

const ENGLISH_WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

// Ideographs (all planes), kana, hangul, CJK symbols and punctuation (except
// the ideographic space), and full-width forms.
const EAST_ASIAN_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3001-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/gu;

export function countEnglishWords(text: string): number {
  // Ideographs are not English words: strip them so a Chinese phrase inside an
  // English paragraph does not count as one giant "word".
  const latin = text.replace(EAST_ASIAN_CHAR, ' ');
  return latin.match(ENGLISH_WORD)?.length ?? 0;
}

export function countEastAsianCharacters(text: string): number {
  return text.match(EAST_ASIAN_CHAR)?.length ?? 0;
}
