/**
 * Spelling of the English letter, against the office's dictionary (British or
 * American, plus its own added words). Words a dictionary cannot judge are
 * skipped: placeholders, links and addresses, ACRONYMS, words with digits or
 * Chinese characters, and the paper's own name ("EUobserver"). A hyphenated
 * word ("de-risking", "well-known") is right when the dictionary knows it
 * whole or knows each part, a leading part may be a prefix ("co-", "post-"),
 * and only the parts it does not know are flagged.
 */
import { defineMessages, wording } from '../i18n/wording';
import { insidePlaceholder, type BlockText } from './blockText';
import { at, type Finding, type Rule } from './context';
import type { SpellChecker } from './problem';

const messages = defineMessages({
  misspeltWithSuggestions: {
    id: 'preflight.spelling.misspeltWithSuggestions',
    defaultMessage: '“{word}” may be misspelt: did you mean {suggestions}?',
  },
  misspelt: { id: 'preflight.spelling.misspelt', defaultMessage: '“{word}” may be misspelt.' },
});

const MAX_SUGGESTIONS = 5;
const PART = String.raw`\p{L}+(?:['’]\p{L}+)*`;
const WORD = new RegExp(`${PART}(?:[-\u2010]${PART})*`, 'gu');
const PARTS = new RegExp(PART, 'gu');
/** Prefixes written with a hyphen that dictionaries do not list as words of their own. */
const PREFIXES = new Set(
  'anti bi co counter cross de ex geo inter macro micro mid multi neo non over post pre pro re semi sino socio sub trans tri ultra un under'.split(
    ' ',
  ),
);
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

interface Checked {
  checker: SpellChecker;
  suggestions: Map<string, string[]>;
  ownWords: Set<string>;
}

function finding(block: BlockText, start: number, written: string, word: string, checked: Checked): Finding {
  const { checker, suggestions } = checked;
  if (!suggestions.has(word)) suggestions.set(word, checker.suggest(word).slice(0, MAX_SUGGESTIONS));
  const offered = suggestions.get(word) ?? [];
  return {
    rule: 'spelling',
    severity: 'warning',
    side: 'body',
    // The suggestions are English words, listed the English way in either language.
    wording: offered.length
      ? wording(messages.misspeltWithSuggestions, {
          word: written,
          suggestions: offered.map((s) => `“${s}”`).join(', '),
        })
      : wording(messages.misspelt, { word: written }),
    location: at(block, start, word.length),
    suggestions: offered,
    word,
  };
}

const normalise = (word: string) => word.replace(/’/g, "'");

/** The parts of a hyphenated word the dictionary does not know, with their offsets in it. */
function unknownParts(word: string, checked: Checked): Array<{ offset: number; part: string }> {
  const known = (w: string) => checked.ownWords.has(w.toLowerCase()) || checked.checker.correct(w);
  if (known(word)) return [];
  const parts = [...word.matchAll(PARTS)];
  return parts
    .filter(({ 0: part }, i) => {
      if (skipWord(part, '', '') || known(part)) return false;
      return !(i < parts.length - 1 && PREFIXES.has(part.toLowerCase()));
    })
    .map((match) => ({ offset: match.index, part: match[0] }));
}

function misspelt(block: BlockText, checked: Checked): Finding[] {
  const found: Finding[] = [];
  const skipped = skippedSpans(block.text);
  for (const match of block.text.matchAll(WORD)) {
    const start = match.index;
    const word = normalise(match[0]);
    const end = start + word.length;
    if (skipped.some(([from, to]) => start < to && from < end)) continue;
    if (insidePlaceholder(block, start, word.length)) continue;
    if (skipWord(word, block.text[start - 1] ?? '', block.text[end] ?? '')) continue;
    for (const { offset, part } of unknownParts(word, checked)) {
      found.push(finding(block, start + offset, match[0].slice(offset, offset + part.length), part, checked));
    }
  }
  return found;
}

/** Every word of the paper's names, in lower case: "The EUobserver" → the, euobserver. */
function ownWords(names: readonly string[]): Set<string> {
  return new Set(
    names.flatMap((name) => [...name.matchAll(PARTS)].map((m) => normalise(m[0]).toLowerCase())),
  );
}

export const spelling: Rule = ({ blocks, options }) => {
  const checker = options.spelling;
  if (!checker) return [];
  // Suggestions are slow to compute: once per distinct word.
  const checked = {
    checker,
    suggestions: new Map<string, string[]>(),
    ownWords: ownWords(options.ownNames ?? []),
  };
  return blocks.body.flatMap((block) => misspelt(block, checked));
};
