/** Brackets and quotation marks that open and never close, or close what never opened. */
import { defineMessages, wording } from '../i18n/wording';
import { insidePlaceholder, type BlockText } from './blockText';
import { at, excerpt, type Finding, type Rule } from './context';

const messages = defineMessages({
  unpaired: {
    id: 'preflight.brackets.unpaired',
    defaultMessage: '{kind, select, unclosed {Unclosed} other {Unmatched}} “{mark}” in “{excerpt}”.',
  },
});

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '《': '》', '（': '）', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

function unmatched(block: BlockText): Finding[] {
  const open: Array<{ char: string; index: number }> = [];
  const found: Finding[] = [];
  const report = (char: string, index: number, kind: 'unmatched' | 'unclosed') =>
    found.push({
      rule: 'typography.brackets',
      severity: 'warning',
      side: block.side,
      wording: wording(messages.unpaired, { kind, mark: char, excerpt: excerpt(block.text, index, 1) }),
      location: at(block, index, 1),
    });
  // Every bracket is a single UTF-16 unit, so indices are the offsets the editor uses.
  for (let index = 0; index < block.text.length; index++) {
    const char = block.text[index];
    if (insidePlaceholder(block, index, 1)) continue;
    if (PAIRS[char]) open.push({ char, index });
    const opener = CLOSERS.get(char);
    if (!opener) continue;
    if (open[open.length - 1]?.char === opener) open.pop();
    else report(char, index, 'unmatched');
  }
  for (const { char, index } of open) report(char, index, 'unclosed');
  return found;
}

export const mismatchedBrackets: Rule = ({ blocks }) =>
  [...blocks.preface, ...blocks.body].flatMap(unmatched);
