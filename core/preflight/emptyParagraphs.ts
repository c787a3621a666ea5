/**
 * Empty paragraphs between paragraphs: each prints as a blank line, doubling
 * the gap the paragraph spacing already gives (typically text pasted from an
 * email, with a blank line between paragraphs). A warning, with Go to, once
 * for each run of them; empty lines at the very start or end are left to the
 * rules that look at what is missing, and to the user still typing there.
 */
import { defineMessages, wording } from '../i18n/wording';
import type { BlockText } from './blockText';
import type { Finding, Rule } from './context';

const messages = defineMessages({
  gap: {
    id: 'preflight.emptyParagraph.gap',
    defaultMessage:
      '{count, plural, one {An empty paragraph} other {# empty paragraphs}} in the {side, select, preface {Chinese preface} other {English letter}} {count, plural, one {prints} other {print}} as a blank gap between paragraphs: remove {count, plural, one {it} other {them}}.',
  },
});

const isEmptyParagraph = (block: BlockText) => block.type === 'paragraph' && block.text.trim() === '';

function emptyRuns(blocks: BlockText[]): BlockText[][] {
  const runs: BlockText[][] = [];
  let run: BlockText[] = [];
  let textBefore = false;
  for (const block of blocks) {
    if (isEmptyParagraph(block)) {
      if (textBefore) run.push(block);
      continue;
    }
    if (run.length) runs.push(run);
    run = [];
    textBefore = textBefore || block.text.trim() !== '';
  }
  return runs;
}

function finding(run: BlockText[]): Finding {
  const [first] = run;
  return {
    rule: 'layout.empty-paragraph',
    severity: 'warning',
    side: first.side,
    wording: wording(messages.gap, { count: run.length, side: first.side }),
    location: { side: first.side, blockIndex: first.blockIndex },
  };
}

export const emptyParagraphs: Rule = ({ blocks }) =>
  [...emptyRuns(blocks.preface), ...emptyRuns(blocks.body)].map(finding);
