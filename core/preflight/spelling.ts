/**
 * Spelling of the English letter, against the office's dictionary (British or
 * American, plus its own added words). Words a dictionary cannot judge are
 * skipped: placeholders, links and addresses, ACRONYMS, words with digits or
 * Chinese characters.
 */
import { insidePlaceholder, type BlockText } from './blockText';
import { at, type Finding, type Rule } from './context';
import type { SpellChecker } from './problem';

const MAX_SUGGESTIONS = 5;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
// Spans no word inside should be checked: links, web and e-mail addresses.
const UNCHECKED = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function skippedSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(UNCHECKED)].map((match) => [match.index, match.index + match[0].length]);
}

/** True for words no dictionary should judge. */
function skipWord(word: string, before: string, after: string): boolean {
  if (word.length < 2 || CJK.test(word)) return true;
  if (word === word.toUpperCase()) return true; // NATO, UN, EU
  // "3rd", "COVID-19", "G20": part of a token with digits.
  return /\p{N}/u.test(before) || /\p{N}/u.test(after);
}

function misspelt(block: BlockText, checker: SpellChecker, suggestions: Map<string, string[]>): Finding[] {
  const found: Finding[] = [];
  const skipped = skippedSpans(block.text);
  for (const match of block.text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0].replace(/’/g, "'");
    const end = start + word.length;
    if (skipped.some(([from, to]) => start < to && from < end)) continue;
    if (insidePlaceholder(block, start, word.length)) continue;
    if (skipWord(word, block.text[start - 1] ?? '', block.text[end] ?? '')) continue;
    if (checker.correct(word)) continue;
    if (!suggestions.has(word)) suggestions.set(word, checker.suggest(word).slice(0, MAX_SUGGESTIONS));
    const offered = suggestions.get(word) ?? [];
    found.push({
      rule: 'spelling',
      severity: 'warning',
      side: 'en',
      message: offered.length
        ? `“${match[0]}” may be misspelt: did you mean ${offered.map((s) => `“${s}”`).join(', ')}?`
        : `“${match[0]}” may be misspelt.`,
      location: at(block, start, word.length),
      suggestions: offered,
      word,
    });
  }
  return found;
}

export const spelling: Rule = ({ en, options }) => {
  const checker = options.spelling;
  if (!checker) return [];
  // Suggestions are slow to compute: once per distinct word.
  const suggestions = new Map<string, string[]>();
  return en.flatMap((block) => misspelt(block, checker, suggestions));
};
