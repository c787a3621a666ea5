/**
 * The parts of a letter that LetterDesk's DOCX export writes in paragraph
 * styles of their own (core/docx/styles.ts), by the styles' display names,
 * which is what mammoth matches. An import recognises a LetterDesk export by
 * them exactly, instead of guessing from the text. tests/unit/import-docx
 * checks these names against the export's styles.
 */
import type { SerializedNode } from '../editorDoc';

export const STYLE_NAMES = {
  headline: 'Chinese Headline',
  preface: 'Chinese Preface',
  chineseDate: 'Chinese Date',
  date: 'Letter Date',
  addressee: 'Addressee',
  reference: 'Reference',
  salutation: 'Salutation',
  body: 'Body Text',
  closing: 'Closing',
  signatory: 'Signatory',
} as const;

/** The class each such paragraph carries in mammoth's HTML: `ld-<part>`. */
export const LD_CLASS_PREFIX = 'ld-';

export type LdPart = keyof typeof STYLE_NAMES;

export const isLdPart = (value: string): value is LdPart => Object.hasOwn(STYLE_NAMES, value);

/** What a block was in the file, where the file says: a LetterDesk style, or a footnote's or endnote's text. */
export type BlockHint = LdPart | 'note';

/** One top-level block of an imported document (htmlToEditorDocs.ts), for recogniseParts.ts. */
export interface ImportedBlock {
  /** A top-level node of the editor's JSON: paragraph, heading, quote or list. */
  node: SerializedNode;
  hint?: BlockHint;
}
