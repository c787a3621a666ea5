/**
 * A file the DOCX import cannot read, with a message saying what the file is
 * (where its first bytes tell) and what to do about it. Thrown by the pure
 * import code (docxChecks.ts, docxPackage.ts); like ExportProblem, the API
 * gate passes it on as an ordinary message, not as "something went wrong".
 */
import { WordedError } from '../i18n/wordedError';
import { defineMessages, wording, type Wording, type WordingValues } from '../i18n/wording';

export class ImportProblem extends WordedError {
  constructor(what: Wording) {
    super(what);
    this.name = 'ImportProblem';
  }
}

export const importMessages = defineMessages({
  empty: {
    id: 'error.import.empty',
    defaultMessage:
      'The file is empty (0 bytes), so there is nothing to import. If it was just downloaded or copied, get it again, then import it again.',
  },
  tooBig: {
    id: 'error.import.tooBig',
    defaultMessage:
      'The file is {size} MB; the import reads DOCX files of up to {limit} MB. Remove large pictures from the document in Word, save it, and import it again.',
  },
  pdf: {
    id: 'error.import.pdf',
    defaultMessage:
      'This file is a PDF, not a Word document. Import the DOCX file the PDF was made from, or save the text as a .docx file in Word and import that.',
  },
  picture: {
    id: 'error.import.picture',
    defaultMessage:
      'This file is a picture ({format}), not a Word document. Choose the letter’s .docx file instead.',
  },
  oldWord: {
    id: 'error.import.oldWord',
    defaultMessage:
      'This is an old Word 97–2003 document (.doc), which the import cannot read. Open it in Word or LibreOffice and save it as .docx, then import that file.',
  },
  otherOffice: {
    id: 'error.import.otherOffice',
    defaultMessage:
      'This is an older Microsoft Office file, but not a Word document. Choose the letter’s .docx file instead.',
  },
  openDocument: {
    id: 'error.import.openDocument',
    defaultMessage:
      'This is an OpenDocument file (such as .odt), not a Word document. Open it in LibreOffice or Word and save it as .docx, then import that file.',
  },
  spreadsheet: {
    id: 'error.import.spreadsheet',
    defaultMessage: 'This is an Excel workbook, not a Word document. Choose the letter’s .docx file instead.',
  },
  presentation: {
    id: 'error.import.presentation',
    defaultMessage:
      'This is a PowerPoint presentation, not a Word document. Choose the letter’s .docx file instead.',
  },
  zipWithoutDocument: {
    id: 'error.import.zipWithoutDocument',
    defaultMessage:
      'This is a zip archive, but it holds no Word document (word/document.xml). Choose the letter’s .docx file instead.',
  },
  plainText: {
    id: 'error.import.plainText',
    defaultMessage:
      'This is a plain text file, not a Word document. Open it in Word or LibreOffice and save it as .docx, or paste its text into a new letter.',
  },
  html: {
    id: 'error.import.html',
    defaultMessage:
      'This is a web page (HTML), not a Word document. Open it in Word or LibreOffice and save it as .docx, or paste its text into a new letter.',
  },
  wordXml: {
    id: 'error.import.wordXml',
    defaultMessage:
      'This is a Word XML document (saved as “Word XML” or “Word 2003 XML”), not a .docx file. Open it in Word or LibreOffice and save it as .docx, then import that file.',
  },
  rtf: {
    id: 'error.import.rtf',
    defaultMessage:
      'This is a Rich Text (.rtf) file, not a .docx document. Open it in Word or LibreOffice and save it as .docx, then import that file.',
  },
  notDocx: {
    id: 'error.import.notDocx',
    defaultMessage:
      'This file is not a Word document (.docx). Choose the letter’s .docx file; a document in another format can be saved as .docx in Word or LibreOffice first.',
  },
  damaged: {
    id: 'error.import.damaged',
    defaultMessage:
      'The file is damaged or incomplete: it starts as a DOCX file does, but it cannot be read to the end. Get the file again (the download or copy may have been cut short), or open it in Word, save it again, and import it again.',
  },
  passwordProtected: {
    id: 'error.import.passwordProtected',
    defaultMessage:
      'This document is password-protected, so its text cannot be read. Remove the password in Word (File ▸ Info ▸ Protect Document), save the document, and import it again.',
  },
  zipBomb: {
    id: 'error.import.zipBomb',
    defaultMessage:
      'The file was not opened: unpacked, it would take more than {limit} MB, far more than any letter, which is how files built to exhaust memory look. If it is a real document, open it in Word, save it again, and import it again.',
  },
  badXml: {
    id: 'error.import.badXml',
    defaultMessage:
      'The document is damaged: its part {part} is not well-formed XML. Open it in Word, which can often repair it, save it again, and import it again.',
  },
});

export type ImportProblemKind = keyof typeof importMessages;

/** The problem of that kind, worded with its values. */
export function importProblem(kind: ImportProblemKind, values?: WordingValues): ImportProblem {
  return new ImportProblem(wording(importMessages[kind], values));
}
