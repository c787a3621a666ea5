/**
 * List numbering: one bullet and one numbered definition with nine levels each.
 * Every list in the letter gets its own instance (its own w:num), so a second
 * numbered list starts again at 1 instead of continuing the first.
 */
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';
import { FONT } from './styles';

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

function level(index: number, format: ILevelsOptions['format'], text: string): ILevelsOptions {
  return {
    level: index,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: STEP * (index + 1), hanging: HANGING } },
      // The marks are shared punctuation; pin them to the Latin font so Word does
      // not set them full-width from the Chinese font.
      run: { font: { ascii: FONT.latin, hAnsi: FONT.latin } },
    },
  };
}

export function listNumbering(): INumberingOptions {
  const indexes = Array.from({ length: LEVELS }, (_, i) => i);
  return {
    config: [
      {
        reference: LIST_REFERENCE.bullet,
        levels: indexes.map((i) => level(i, LevelFormat.BULLET, BULLETS[i % BULLETS.length])),
      },
      {
        reference: LIST_REFERENCE.number,
        levels: indexes.map((i) => {
          const { format, text } = NUMBER_FORMATS[i % NUMBER_FORMATS.length];
          return level(i, format, text(i + 1));
        }),
      },
    ],
  };
}

/** The deepest level Word supports; deeper editor lists are shown at this level. */
export const MAX_LIST_LEVEL = LEVELS - 1;
