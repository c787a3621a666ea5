/**
 * Typography slips an editor notices: straight quotes among curly ones,
 * double spaces, a space before punctuation, spaces around a slash
 * ("Sir/ Madam"), and half-width punctuation in Chinese text.
 */
import { defineMessages, wording, type Wording } from '../i18n/wording';
import type { BlockText } from './blockText';
import { insidePlaceholder } from './blockText';
import { at, excerpt, type Finding, type Rule } from './context';
import type { LetterField } from './problem';

const messages = defineMessages({
  doubleSpace: { id: 'preflight.typography.doubleSpace', defaultMessage: 'Double space in “{excerpt}”.' },
  spaceBeforePunctuation: {
    id: 'preflight.typography.spaceBeforePunctuation',
    defaultMessage: 'Space before punctuation in “{excerpt}”.',
  },
  slashSpacing: {
    id: 'preflight.typography.slashSpacing',
    defaultMessage: 'Stray space around a slash in “{excerpt}”.',
  },
  halfwidthPunctuation: {
    id: 'preflight.typography.halfwidthPunctuation',
    defaultMessage: 'Half-width “{mark}” in Chinese text (“{excerpt}”): use “{fullWidth}”.',
  },
  mixedQuotes: {
    id: 'preflight.typography.mixedQuotes',
    defaultMessage: 'Straight quote {mark} among curly ones in “{excerpt}”.',
  },
});

interface Pattern {
  rule: string;
  pattern: RegExp;
  wording: (match: RegExpExecArray, text: string) => Wording;
}

const around = (text: string, match: RegExpExecArray) => excerpt(text, match.index, match[0].length);

const ENGLISH_PATTERNS: Pattern[] = [
  {
    rule: 'typography.double-space',
    pattern: /(?<=\S) {2,}(?=\S)/g,
    wording: (match, text) => wording(messages.doubleSpace, { excerpt: around(text, match) }),
  },
  {
    rule: 'typography.space-before-punctuation',
    pattern: /(?<=[\p{L}\p{N}”’)]) +(?=[,.;:!?](?!\.))/gu,
    wording: (match, text) => wording(messages.spaceBeforePunctuation, { excerpt: around(text, match) }),
  },
  {
    rule: 'typography.slash-spacing',
    pattern: /(?<=\p{L})(?: +\/ *| *\/ +)(?=\p{L})/gu,
    wording: (match, text) => wording(messages.slashSpacing, { excerpt: around(text, match) }),
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
    wording: (match, text) =>
      wording(messages.halfwidthPunctuation, {
        mark: match[0],
        excerpt: around(text, match),
        fullWidth: FULL_WIDTH[match[0]],
      }),
  },
];

function scan(block: BlockText, patterns: Pattern[]): Finding[] {
  const found: Finding[] = [];
  for (const { rule, pattern, wording: word } of patterns) {
    for (const match of block.text.matchAll(pattern) as IterableIterator<RegExpExecArray>) {
      if (insidePlaceholder(block, match.index, match[0].length)) continue;
      found.push({
        rule,
        severity: 'warning',
        side: block.side,
        wording: word(match, block.text),
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
        wording: wording(messages.mixedQuotes, {
          mark: match[0],
          excerpt: excerpt(block.text, match.index, 1),
        }),
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
