/** What every rule reads: the letter, the options, and each side's block texts, worked out once. */
import type { Letter } from '../letter';
import { placeholderResolver, type PlaceholderResolver } from '../placeholders';
import type { Side } from '../sides';
import { blockTexts, type BlockText } from './blockText';
import { exportedSides, type PreflightOptions, type Problem } from './problem';

export interface PreflightContext {
  letter: Letter;
  options: PreflightOptions;
  resolve: PlaceholderResolver;
  /** Blocks of the sides this export prints; the other side's list is empty. */
  blocks: Record<Side, BlockText[]>;
  /**
   * Both sides' blocks, whatever the export prints: the cross-language checks compare the preface with
   * the letter regardless, as a figure the two disagree on is wrong in whichever side goes out.
   */
  allBlocks: Record<Side, BlockText[]>;
  /** The sides this export prints. */
  sides: Record<Side, boolean>;
}

/** A rule returns its problems; `runPreflight` numbers them and words them in English. */
export type Finding = Omit<Problem, 'id' | 'message'>;
export type Rule = (context: PreflightContext) => Finding[];

export function preflightContext(letter: Letter, options: PreflightOptions): PreflightContext {
  const resolve = placeholderResolver(letter);
  const sides = exportedSides(options.variant);
  const allBlocks = {
    preface: blockTexts(letter.preface, 'preface', resolve),
    body: blockTexts(letter.body, 'body', resolve),
  };
  return {
    letter,
    options,
    resolve,
    sides,
    allBlocks,
    blocks: {
      preface: sides.preface ? allBlocks.preface : [],
      body: sides.body ? allBlocks.body : [],
    },
  };
}

/** Where a span of a block is, for the panel's "Go to". */
export const at = (block: BlockText, offset: number, length: number) => ({
  side: block.side,
  blockIndex: block.blockIndex,
  offset,
  length,
});

/** Up to 24 characters around a span, so the user recognises the place. */
export function excerpt(text: string, offset: number, length: number): string {
  const start = Math.max(0, offset - 12);
  const end = Math.min(text.length, offset + length + 12);
  const inner = text
    .slice(start, end)
    .replace(/[\n\t]/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${inner}${end < text.length ? '…' : ''}`;
}
