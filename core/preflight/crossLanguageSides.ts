/**
 * Both sides' blocks for the cross-language checks. They compare the preface
 * with the letter whatever the export prints: a figure the two disagree on is
 * wrong in whichever side goes out, so the side an export leaves out is read
 * here too (the other rules only read the printed sides).
 */
import type { Side } from '../sides';
import { blockTexts, type BlockText } from './blockText';
import type { PreflightContext } from './context';

export function bothSides({ letter, blocks, sides, resolve }: PreflightContext): Record<Side, BlockText[]> {
  return {
    preface: sides.preface ? blocks.preface : blockTexts(letter.preface, 'preface', resolve),
    body: sides.body ? blocks.body : blockTexts(letter.body, 'body', resolve),
  };
}
