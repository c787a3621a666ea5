/**
 * State shared while one document is built: the letter (for placeholders), the
 * office's house style (fonts, date format) and the next list instance.
 */
import type { ParagraphChild } from 'docx';
import type { InlinePiece } from '../document/blocks';
import type { Letter } from '../letter';
import { defaultSettings, type AppSettings } from '../settings';
import { stripInvalidXmlChars } from '../sanitize';

export interface DocxFonts {
  latin: string;
  eastAsian: string;
}

export interface DocxContext {
  readonly letter: Letter;
  readonly settings: AppSettings;
  /** The house fonts, cleaned for use in the file. */
  readonly fonts: DocxFonts;
  /** A fresh numbering instance: each list in the letter counts on its own. */
  newListInstance(): number;
  /**
   * A fresh id for a picture (`wp:docPr`), unique in the document. `docx`
   * would take one from a counter shared by every export in the process, so
   * the same letter would not give the same file twice.
   */
  newDrawingId(): number;
  /**
   * Word comments laid over the text (the redline's, core/docx/redline/):
   * what goes before and after a piece's runs. Absent in the normal export,
   * which never carries comments; then the text is read without its marks.
   */
  readonly comments?: CommentAnchors;
}

export interface CommentAnchors {
  /** Range starts before the piece's runs, range ends and comment references after; each piece once, in document order. */
  around(piece: InlinePiece): { before: ParagraphChild[]; after: ParagraphChild[] };
}

const DEFAULT_HOUSE_STYLE = defaultSettings().houseStyle;

/** A font name as Word may store it; one that cleans to nothing falls back to the default. */
function fontName(name: string, fallback: string): string {
  return stripInvalidXmlChars(name).replace(/\s+/g, ' ').trim() || fallback;
}

export function createContext(letter: Letter, settings: AppSettings): DocxContext {
  const { houseStyle } = settings;
  let instances = 0;
  let drawings = 0;
  return {
    letter,
    settings,
    fonts: {
      latin: fontName(houseStyle.latinFont, DEFAULT_HOUSE_STYLE.latinFont),
      eastAsian: fontName(houseStyle.eastAsianFont, DEFAULT_HOUSE_STYLE.eastAsianFont),
    },
    newListInstance: () => ++instances,
    newDrawingId: () => ++drawings,
  };
}
