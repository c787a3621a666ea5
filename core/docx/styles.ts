/**
 * The document's look, kept in named paragraph styles so the recipient can
 * restyle the letter in Word instead of fighting direct formatting. Sizes are
 * in half-points, spacing and indents in twips (1/20 pt).
 */
import { AlignmentType, LineRuleType, UnderlineType, type IStylesOptions } from 'docx';
import { SIDE_LANGUAGE } from '../sides';
import type { DocxFonts } from './context';

export const CODE_FONT = 'Courier New';
/** Word's language for each script: the language of the side it is mostly written in. */
export const LANG = { english: SIDE_LANGUAGE.body, chinese: SIDE_LANGUAGE.preface } as const;

/** Style ids; Word shows each style's display name (see `paragraphStyles`). */
export const STYLE = {
  date: 'LetterDate',
  addressee: 'Addressee',
  reference: 'Reference',
  salutation: 'Salutation',
  body: 'BodyText',
  quote: 'Quote',
  closing: 'Closing',
  signatory: 'Signatory',
  headline: 'ChineseHeadline',
  preface: 'ChinesePreface',
  chineseDate: 'ChineseDate',
  hyperlink: 'Hyperlink',
  letterhead: 'Letterhead',
  letterheadName: 'LetterheadName',
  letterheadSecondName: 'LetterheadSecondName',
  letterheadDetails: 'LetterheadDetails',
  header: 'Header',
  footer: 'Footer',
} as const;

const pt = (points: number) => points * 20;
const MM_TO_TWIPS = 1440 / 25.4;

const mm = (millimetres: number) => Math.round(millimetres * MM_TO_TWIPS);

/**
 * A4 with 2.5 cm margins. The header starts 1.2 cm from the top edge: the
 * letterhead is taller than the margin and pushes the first page's text down,
 * while the one-line running header of later pages fits inside it.
 */
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: mm(25), bottom: mm(25), left: mm(25), right: mm(25), header: mm(12), footer: mm(12) },
} as const;

/** Grey for the letterhead's details and the running header and footer. */
const QUIET_COLOUR = '595959';

/** One indent step for Lexical's `indent` and for quotes. */
export const INDENT_STEP = pt(36);

const BODY_SIZE = 24;
/** Space between body paragraphs, and after a whole list. */
export const PARAGRAPH_GAP = pt(10);
const BODY_LINE = { line: 276, lineRule: LineRuleType.AUTO };

const heading = (size: number) => ({
  basedOn: 'Normal',
  next: STYLE.body,
  run: { bold: true, size, color: '000000' },
  paragraph: { spacing: { before: pt(12), after: pt(6) }, keepNext: true, keepLines: true },
});

export function letterStyles(fonts: DocxFonts): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia: fonts.eastAsian },
          size: BODY_SIZE,
          language: { value: LANG.english, eastAsia: LANG.chinese },
        },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      // docx's built-in headings are blue and sans-looking; a letter wants plain black.
      heading1: heading(28),
      heading2: heading(26),
      heading3: heading(24),
      // Items sit tight; the last item of a list gets PARAGRAPH_GAP after it (see lexicalToDocx).
      listParagraph: { basedOn: STYLE.body, paragraph: { spacing: { after: 0 } } },
      hyperlink: { run: { color: '0563C1', underline: { type: UnderlineType.SINGLE } } },
    },
    paragraphStyles: [
      {
        id: STYLE.date,
        name: 'Letter Date',
        basedOn: 'Normal',
        next: STYLE.addressee,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: pt(24) } },
      },
      {
        id: STYLE.addressee,
        name: 'Addressee',
        basedOn: 'Normal',
        next: STYLE.salutation,
        quickFormat: true,
        // Contextual spacing keeps a multi-line address tight but spaced from what follows.
        paragraph: { spacing: { after: pt(18) }, contextualSpacing: true, keepNext: true },
      },
      {
        id: STYLE.reference,
        name: 'Reference',
        basedOn: 'Normal',
        next: STYLE.salutation,
        quickFormat: true,
        paragraph: { spacing: { after: pt(12) }, keepNext: true },
        run: { bold: true },
      },
      {
        id: STYLE.salutation,
        name: 'Salutation',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { spacing: { after: pt(10) }, keepNext: true },
      },
      {
        id: STYLE.body,
        name: 'Body Text',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: PARAGRAPH_GAP, ...BODY_LINE } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        paragraph: { indent: { left: INDENT_STEP, right: INDENT_STEP } },
        run: { italics: true },
      },
      {
        id: STYLE.closing,
        name: 'Closing',
        basedOn: 'Normal',
        next: STYLE.signatory,
        quickFormat: true,
        // The space after is where the letter is signed.
        paragraph: { spacing: { before: pt(8), after: pt(48) }, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.signatory,
        name: 'Signatory',
        basedOn: 'Normal',
        next: STYLE.signatory,
        quickFormat: true,
        // keepNext is set on each line but the last (letterSections): a keepNext on the
        // document's final paragraph makes LibreOffice push the whole block to a new page.
        paragraph: { keepLines: true },
      },
      {
        id: STYLE.headline,
        name: 'Chinese Headline',
        basedOn: 'Normal',
        next: STYLE.preface,
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: pt(6), after: pt(18), line: 300, lineRule: LineRuleType.AUTO },
          keepNext: true,
          outlineLevel: 0,
        },
        run: { bold: true, size: 32 },
      },
      {
        id: STYLE.preface,
        name: 'Chinese Preface',
        basedOn: 'Normal',
        next: STYLE.preface,
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          // Two characters, as Chinese paragraphs are indented; firstLine is the fallback
          // for readers that ignore character units.
          indent: { firstLine: 2 * BODY_SIZE * 10, firstLineChars: 200 },
          spacing: { after: pt(8), line: 360, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.chineseDate,
        name: 'Chinese Date',
        basedOn: 'Normal',
        next: STYLE.preface,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: pt(18) } },
      },
      // The letterhead: centred, kept together, with quiet contact details.
      {
        id: STYLE.letterhead,
        name: 'Letterhead',
        basedOn: 'Normal',
        next: STYLE.letterhead,
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.letterheadName,
        name: 'Letterhead Name',
        basedOn: STYLE.letterhead,
        next: STYLE.letterheadSecondName,
        paragraph: { spacing: { before: pt(4) } },
        run: { bold: true, size: 26 },
      },
      {
        id: STYLE.letterheadSecondName,
        name: 'Letterhead Second Name',
        basedOn: STYLE.letterhead,
        next: STYLE.letterheadDetails,
        run: { size: 21 },
      },
      {
        id: STYLE.letterheadDetails,
        name: 'Letterhead Details',
        basedOn: STYLE.letterhead,
        next: STYLE.letterheadDetails,
        paragraph: { spacing: { before: pt(3) } },
        run: { size: 16, color: QUIET_COLOUR },
      },
      // Word's own header and footer styles, so a restyled letter changes them too.
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER },
        run: { size: 17, color: QUIET_COLOUR },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER },
        run: { size: 18, color: QUIET_COLOUR },
      },
    ],
  };
}
