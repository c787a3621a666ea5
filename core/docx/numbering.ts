/**
 * List numbering: one bullet and one numbered definition with nine levels each.
 * Every list in the letter gets its own instance (its own w:num), so a second
 * numbered list starts again at 1 instead of continuing the first. A numbered
 * list the user started at another number ("3. …") gets a definition of its own.
 */
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';
import type { NumberingDefinition } from 'docx';
import type { DocxFonts } from './context';

export type ListKind = 'bullet' | 'number';

export const LIST_REFERENCE: Record<ListKind, string> = {
  bullet: 'letter-bullets',
  number: 'letter-numbers',
};

const LEVELS = 9;
const STEP = 567; // 1 cm per level
const HANGING = 360;

const BULLETS = ['•', '◦', '▪'];
const NUMBER_FORMATS = [
  { format: LevelFormat.DECIMAL, text: (n: number) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n: number) => `(%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n: number) => `%${n}.` },
];

/** The deepest level Word supports; deeper editor lists are shown at this level. */
export const MAX_LIST_LEVEL = LEVELS - 1;

const indexes = Array.from({ length: LEVELS }, (_, i) => i);

function level(
  index: number,
  format: ILevelsOptions['format'],
  text: string,
  latinFont: string,
  start = 1,
): ILevelsOptions {
  return {
    level: index,
    format,
    text,
    start,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: STEP * (index + 1), hanging: HANGING } },
      // The marks are shared punctuation; pin them to the Latin font so Word does
      // not set them full-width from the Chinese font.
      run: { font: { ascii: latinFont, hAnsi: latinFont } },
    },
  };
}

function numberLevels(fonts: DocxFonts, start: number): ILevelsOptions[] {
  return indexes.map((i) => {
    const { format, text } = NUMBER_FORMATS[i % NUMBER_FORMATS.length];
    return level(i, format, text(i + 1), fonts.latin, i === 0 ? start : 1);
  });
}

export function listNumbering(fonts: DocxFonts): INumberingOptions {
  return {
    config: [
      {
        reference: LIST_REFERENCE.bullet,
        levels: indexes.map((i) => level(i, LevelFormat.BULLET, BULLETS[i % BULLETS.length], fonts.latin)),
      },
      { reference: LIST_REFERENCE.number, levels: numberLevels(fonts, 1) },
    ],
  };
}

/** The numbering a list refers to: the shared definition, or one that counts from the list's start. */
export function listReference(kind: ListKind, from: number, fonts: DocxFonts): string | NumberingDefinition {
  if (kind === 'bullet' || from === 1) return LIST_REFERENCE[kind];
  return { reference: `${LIST_REFERENCE.number}-from-${from}`, levels: numberLevels(fonts, from) };
}
