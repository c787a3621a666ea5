/**
 * Typography slips an editor notices: straight quotes among curly ones,
 * double spaces, a space before punctuation, spaces around a slash
 * ("Sir/ Madam"), and half-width punctuation in Chinese text.
 */
import type { BlockText } from './blockText';
import { insidePlaceholder } from './blockText';
import { at, excerpt, type Finding, type Rule } from './context';
import type { LetterField } from './problem';

interface Pattern {
  rule: string;
  pattern: RegExp;
  message: (match: RegExpExecArray, text: string) => string;
}

const quote = (text: string, match: RegExpExecArray) => `“${excerpt(text, match.index, match[0].length)}”`;

const ENGLISH_PATTERNS: Pattern[] = [
  {
    rule: 'typography.double-space',
    pattern: /(?<=\S) {2,}(?=\S)/g,
    message: (match, text) => `Double space in ${quote(text, match)}.`,
  },
  {
    rule: 'typography.space-before-punctuation',
    pattern: /(?<=[\p{L}\p{N}”’)]) +(?=[,.;:!?](?!\.))/gu,
    message: (match, text) => `Space before punctuation in ${quote(text, match)}.`,
  },
  {
    rule: 'typography.slash-spacing',
    pattern: /(?<=\p{L})(?: +\/ *| *\/ +)(?=\p{L})/gu,
    message: (match, text) => `Stray space around a slash in ${quote(text, match)}.`,
  },
];

// A half-width mark right after a Chinese character (or before one) belongs in its full-width form.
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const CHINESE_PATTERNS: Pattern[] = [
  {
    rule: 'typography.halfwidth-punctuation',
    pattern: /(?<=\p{Script=Han}\s?)[,.;:!?()]|[,;:!?()](?=\s?\p{Script=Han})/gu,
    message: (match, text) =>
      `Half-width “${match[0]}” in Chinese text (${quote(text, match)}): use “${FULL_WIDTH[match[0]]}”.`,
  },
];

function scan(block: BlockText, patterns: Pattern[]): Finding[] {
  const found: Finding[] = [];
  for (const { rule, pattern, message } of patterns) {
    for (const match of block.text.matchAll(pattern) as IterableIterator<RegExpExecArray>) {
      if (insidePlaceholder(block, match.index, match[0].length)) continue;
      found.push({
        rule,
        severity: 'warning',
        side: block.side,
        message: message(match, block.text),
        location: at(block, match.index, match[0].length),
      });
    }
  }
  return found;
}

const STRAIGHT = /["']/g;
const CURLY = /[‘’“”]/;

/** Straight quotes are only a slip when the letter otherwise uses curly ones. */
function mixedQuotes(blocks: BlockText[]): Finding[] {
  if (!blocks.some((block) => CURLY.test(block.text))) return [];
  const found: Finding[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(STRAIGHT)) {
      if (insidePlaceholder(block, match.index, 1)) continue;
      found.push({
        rule: 'typography.mixed-quotes',
        severity: 'warning',
        side: block.side,
        message: `Straight quote ${match[0]} among curly ones in “${excerpt(block.text, match.index, 1)}”.`,
        location: at(block, match.index, 1),
      });
    }
  }
  return found;
}

/** The salutation and closing are typed in fields, where a "Sir/ Madam" slips in as easily. */
function fieldSlips(field: LetterField, value: string): Finding[] {
  const block: BlockText = { side: 'body', blockIndex: 0, type: 'field', text: value, placeholders: [] };
  return scan(block, ENGLISH_PATTERNS).map((finding) => ({ ...finding, location: { field } }));
}

export const typography: Rule = ({ letter, blocks, sides }) => [
  ...blocks.body.flatMap((block) => scan(block, ENGLISH_PATTERNS)),
  ...mixedQuotes(blocks.body),
  ...(sides.body
    ? [...fieldSlips('salutation', letter.salutation), ...fieldSlips('closing', letter.closing)]
    : []),
  ...blocks.preface.flatMap((block) => scan(block, CHINESE_PATTERNS)),
];
