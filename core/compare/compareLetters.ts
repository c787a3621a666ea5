/**
 * What changed between two versions of a letter: the fields listed, and each
 * side's blocks with their words marked. The `diff` library does the diffing:
 * `diffArrays` aligns the blocks, then `diffArrays` again aligns the words of
 * each pair of changed blocks, the words being what Intl.Segmenter finds in
 * that side's language (Chinese by its dictionary).
 *
 * Why the words go through `diffArrays` and not `diffWords` (which takes the
 * same segmenter): `diffWords` compares words with their whitespace trimmed
 * and gives kept text the newer version's spacing, so the older text cannot
 * be rebuilt from its parts ("flag 🇨🇳 here" → "flag 🇨🇳🇬🇧 here" loses a
 * space). Here every part is a slice of its own version: kept and deleted
 * parts join to the older text, kept and inserted parts to the newer.
 */
import { diffArrays } from 'diff';
import type { EnglishDateStyle } from '../dates';
import type { LetterContent } from '../history/version';
import { SIDE_LANGUAGE, SIDES, type Side } from '../sides';
import type {
  Change,
  ComparedField,
  DiffBlock,
  DiffPart,
  FieldChange,
  LetterComparison,
  SideComparison,
} from './comparison';
import { COMPARED_FIELDS } from './comparison';
import { readSide, wholeBlock, type TextBlock } from './sideBlocks';
import { splitWords, wordCount } from './words';

const sameBlock = (a: TextBlock, b: TextBlock) =>
  a.kind === b.kind && a.level === b.level && a.text === b.text;

/** Two blocks are one block edited when at least this share of their words is common. */
const PAIRING_OVERLAP = 0.4;

function overlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

const words = (tokens: string[]) => tokens.map((token) => token.trim()).filter(Boolean);

const sameWord = (a: string, b: string) => a.trimEnd() === b.trimEnd();

/** Kept, deleted and inserted parts of one edited block, each a run of whole words. */
function diffBlockText(older: string[], newer: string[]): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (text: string, change: Change) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.change === change) last.text += text;
    else parts.push({ text, change });
  };
  let o = 0;
  let n = 0;
  for (const component of diffArrays(older, newer, { comparator: sameWord })) {
    if (component.added) {
      push(newer.slice(n, n + component.count).join(''), 'inserted');
      n += component.count;
    } else if (component.removed) {
      push(older.slice(o, o + component.count).join(''), 'deleted');
      o += component.count;
    } else {
      // Kept words may differ in the spacing after them: the spacing is marked, the word kept.
      for (let i = 0; i < component.count; i++, o++, n++) {
        const word = older[o].trimEnd();
        push(word, 'same');
        if (older[o] === newer[n]) push(older[o].slice(word.length), 'same');
        else {
          push(older[o].slice(word.length), 'deleted');
          push(newer[n].slice(word.length), 'inserted');
        }
      }
    }
  }
  return parts;
}

/**
 * A run of blocks removed and blocks added between two kept ones: each removed
 * block is paired, in order, with the added block sharing most of its words
 * (an edit); the rest are whole blocks deleted or inserted, deleted ones shown
 * where they stood.
 */
function diffRun(removed: TextBlock[], added: TextBlock[], language: string): DiffBlock[] {
  const oldTokens = removed.map((block) => splitWords(block.text, language));
  const newTokens = added.map((block) => splitWords(block.text, language));
  const out: DiffBlock[] = [];
  let nextAdded = 0;
  for (let r = 0; r < removed.length; r++) {
    let best = -1;
    let bestOverlap = PAIRING_OVERLAP;
    const oldWords = words(oldTokens[r]);
    for (let a = nextAdded; a < added.length; a++) {
      const score = overlap(oldWords, words(newTokens[a]));
      if (score >= bestOverlap && (best < 0 || score > bestOverlap)) {
        best = a;
        bestOverlap = score;
      }
    }
    if (best < 0) {
      out.push(wholeBlock(removed[r], 'deleted'));
      continue;
    }
    for (; nextAdded < best; nextAdded++) out.push(wholeBlock(added[nextAdded], 'inserted'));
    const parts = diffBlockText(oldTokens[r], newTokens[best]);
    out.push({
      kind: added[best].kind,
      ...(added[best].level ? { level: added[best].level } : {}),
      change:
        parts.every((part) => part.change === 'same') &&
        removed[r].kind === added[best].kind &&
        removed[r].level === added[best].level
          ? 'same'
          : 'changed',
      parts,
    });
    nextAdded = best + 1;
  }
  for (; nextAdded < added.length; nextAdded++) out.push(wholeBlock(added[nextAdded], 'inserted'));
  return out;
}

/** Blocks of text compared as a side's are: aligned, edited ones paired and their words marked. */
export function compareBlocks(older: TextBlock[], newer: TextBlock[], language: string): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let removed: TextBlock[] = [];
  let added: TextBlock[] = [];
  const flush = () => {
    if (removed.length || added.length) blocks.push(...diffRun(removed, added, language));
    removed = [];
    added = [];
  };
  for (const component of diffArrays(older, newer, { comparator: sameBlock })) {
    if (component.removed) removed.push(...component.value);
    else if (component.added) added.push(...component.value);
    else {
      flush();
      blocks.push(...component.value.map((block) => wholeBlock(block, 'same')));
    }
  }
  flush();
  return blocks;
}

/** One side's blocks compared, with the words inserted and deleted counted in the side's language. */
export function compareSide(older: TextBlock[], newer: TextBlock[], side: Side): SideComparison {
  const language = SIDE_LANGUAGE[side];
  const blocks = compareBlocks(older, newer, language);
  let inserted = 0;
  let deleted = 0;
  for (const part of blocks.flatMap((block) => block.parts)) {
    if (part.change === 'inserted') inserted += wordCount(part.text, language);
    if (part.change === 'deleted') deleted += wordCount(part.text, language);
  }
  return { blocks, inserted, deleted };
}

/** A field as the compare lists it: the stored value, the signatory as its name and title lines. */
function fieldText(content: LetterContent, field: ComparedField): string {
  switch (field) {
    case 'publication':
    case 'articleTitle':
    case 'articleDate':
    case 'articleUrl':
      return content.fields[field];
    case 'signatory':
      return [content.signatory?.nameEn ?? '', content.signatory?.titleEn ?? '']
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n');
    default:
      return content[field];
  }
}

/** What changed from `older` to `newer`: the fields listed, each side's words marked. */
export function compareLetters(
  older: LetterContent,
  newer: LetterContent,
  dateStyle?: EnglishDateStyle,
): Pick<LetterComparison, 'fields' | 'sides'> {
  const fields: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const before = fieldText(older, field);
    const after = fieldText(newer, field);
    if (before !== after) fields.push({ field, before, after });
  }
  const sides = Object.fromEntries(
    SIDES.map((side) => [
      side,
      compareSide(readSide(older, side, dateStyle), readSide(newer, side, dateStyle), side),
    ]),
  ) as Record<Side, SideComparison>;
  return { fields, sides };
}
