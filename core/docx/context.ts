/**
 * State shared while one document is built: the letter (for placeholders), the
 * next list instance, and a pending page break that the next paragraph takes.
 */
import { Paragraph, type IParagraphOptions } from 'docx';
import type { Letter } from '../letter';

export interface DocxContext {
  readonly letter: Letter;
  /** A fresh numbering instance: each list in the letter counts on its own. */
  newListInstance(): number;
  /** Makes the next paragraph start a new page (see `paragraph`). */
  breakPageBeforeNext(): void;
  /** Creates a paragraph, giving it the pending page break if there is one. */
  paragraph(options: IParagraphOptions): Paragraph;
}

export function createContext(letter: Letter): DocxContext {
  let instances = 0;
  let pageBreak = false;
  return {
    letter,
    newListInstance: () => ++instances,
    breakPageBeforeNext: () => {
      pageBreak = true;
    },
    paragraph(options) {
      // A page break on the paragraph itself, not a break run, so the new page
      // does not start with an empty line.
      const paragraph = new Paragraph(pageBreak ? { ...options, pageBreakBefore: true } : options);
      pageBreak = false;
      return paragraph;
    },
  };
}
