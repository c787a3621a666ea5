/**
 * A block's text cut into the words a compare marks: what Intl.Segmenter
 * finds in the side's language (Chinese words by its dictionary), each word
 * or mark carrying the whitespace after it, so the tokens join back to the
 * text exactly. A token never ends inside a grapheme cluster (a character
 * with its accents, an emoji with its skin tone or ZWJ family, a flag, a
 * keycap, a surrogate pair): the word rules keep most of them whole, and
 * where they do not (a prefixed mark such as U+0600 attaches forward as a
 * grapheme but backward as a word), the tokens are joined up to the next
 * grapheme boundary.
 */

const wordSegmenters = new Map<string, Intl.Segmenter>();
const graphemeSegmenters = new Map<string, Intl.Segmenter>();

/** Segmenters are costly to make and hold no state between texts: one per language and kind. */
function segmenter(cache: Map<string, Intl.Segmenter>, language: string, granularity: 'word' | 'grapheme') {
  let found = cache.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity });
    cache.set(language, found);
  }
  return found;
}

const WHITESPACE = /^\s+$/u;

/** Offsets (UTF-16) where a grapheme cluster ends, the text's end included. */
function graphemeEnds(text: string, language: string): Set<number> {
  const ends = new Set<number>();
  for (const { index, segment } of segmenter(graphemeSegmenters, language, 'grapheme').segment(text)) {
    ends.add(index + segment.length);
  }
  return ends;
}

/** The text as tokens that join back to it: `splitWords(t, l).join('') === t`. */
export function splitWords(text: string, language: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let end = 0;
  let ends: Set<number> | undefined;
  for (const { segment } of segmenter(wordSegmenters, language, 'word').segment(text)) {
    // Whitespace stays with the word before it; a word or mark starts a new token.
    if (current && !WHITESPACE.test(segment)) {
      ends ??= graphemeEnds(text, language);
      if (ends.has(end)) {
        tokens.push(current);
        current = '';
      }
    }
    current += segment;
    end += segment.length;
  }
  if (current) tokens.push(current);
  return tokens;
}

/** Words and emoji in the text (punctuation and spaces do not count), as the compare's counts give them. */
export function wordCount(text: string, language: string): number {
  let count = 0;
  for (const { segment, isWordLike } of segmenter(wordSegmenters, language, 'word').segment(text)) {
    if (isWordLike || /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)) count++;
  }
  return count;
}
