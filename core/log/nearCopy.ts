/**
 * How much of one letter's English text another shares, by the compare's own
 * word diff (core/compare), so "a near copy" means what the compare view would
 * show: mostly unchanged words.
 */
import { compareBlocks } from '../compare/compareLetters';
import { readSide } from '../compare/sideBlocks';
import { wordCount } from '../compare/words';
import type { LetterContent } from '../history/version';
import { SIDE_LANGUAGE } from '../sides';

/** From this share of words in common on, another letter counts as a near copy for exclusivity. */
export const NEAR_COPY_SHARE = 0.8;

/**
 * The share (0–1) of the English words the two letters have in common: the
 * words the diff keeps, over the longer of the two texts, so a short letter
 * contained in a long one is not a "near copy" of it. Two empty texts share nothing.
 */
export function englishSimilarity(a: LetterContent, b: LetterContent): number {
  const language = SIDE_LANGUAGE.body;
  const older = readSide(a, 'body');
  const newer = readSide(b, 'body');
  const count = (blocks: typeof older) => blocks.reduce((n, block) => n + wordCount(block.text, language), 0);
  const longer = Math.max(count(older), count(newer));
  if (longer === 0) return 0;
  let same = 0;
  for (const block of compareBlocks(older, newer, language)) {
    for (const part of block.parts) if (part.change === 'same') same += wordCount(part.text, language);
  }
  return same / longer;
}
