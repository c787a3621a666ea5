/**
 * What the paper printed against what was sent: the officer pastes the
 * published text, and the compare's own diff (core/compare) marks what the
 * paper cut (deleted) or changed (inserted), on the English letter, the side
 * the paper prints. The page shows it like any compare of two versions.
 */
import { compareSide } from '../compare/compareLetters';
import type { SideComparison } from '../compare/comparison';
import { readSide, type TextBlock } from '../compare/sideBlocks';
import type { LetterContent } from '../history/version';

/** Pasted text as paragraphs: one per line, blank lines and surrounding spaces dropped. */
export function pastedBlocks(text: string): TextBlock[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/** The English letter as sent (`sent`, the sending's version) against the text the paper printed. */
export function comparePublished(sent: LetterContent, publishedText: string): SideComparison {
  // Headings and list items compare as paragraphs: a paper's page keeps the words, not the editor's kinds.
  const before = readSide(sent, 'body').map((block): TextBlock => ({ kind: 'paragraph', text: block.text }));
  return compareSide(before, pastedBlocks(publishedText), 'body');
}
