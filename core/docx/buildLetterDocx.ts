import { defaultSettings, type AppSettings } from '../settings';
/**
 * The DOCX export: "editor" is the English letter as sent to the paper;
 * "bilingual" puts the Chinese headline and preface on a first page and the
 * same English letter after a page break.
 */
import { Document, Packer } from 'docx';
import { EXPORT_VARIANTS, type ExportVariant } from '../contract';
import { displayTitle, type Letter } from '../letter';
import { stripInvalidXmlChars } from '../sanitize';
import { createContext } from './context';
import { chinesePreface, englishLetter } from './letterSections';
import { listNumbering } from './numbering';
import { pageFooters } from './pageFooter';
import { letterStyles, PAGE } from './styles';

export async function buildLetterDocx(
  letter: Letter,
  variant: ExportVariant,
  _settings: AppSettings = defaultSettings(),
): Promise<Uint8Array> {
  if (!EXPORT_VARIANTS.includes(variant)) {
    throw new Error(
      `Unknown export variant "${String(variant)}": choose one of ${EXPORT_VARIANTS.join(', ')}.`,
    );
  }
  const ctx = createContext(letter);
  const children = [];
  if (variant === 'bilingual') {
    const preface = chinesePreface(ctx);
    children.push(...preface);
    if (preface.length) ctx.breakPageBeforeNext();
  }
  children.push(...englishLetter(ctx));

  const author = stripInvalidXmlChars(letter.signatory?.organisationEn.trim() || 'LetterDesk');
  const doc = new Document({
    title: stripInvalidXmlChars(displayTitle(letter)),
    subject: stripInvalidXmlChars(letter.fields.publication),
    creator: author,
    lastModifiedBy: author,
    styles: letterStyles(),
    numbering: listNumbering(),
    // A line ending in a manual break is not stretched across a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    sections: [{ properties: { page: PAGE, titlePage: true }, ...pageFooters(), children }],
  });
  return Packer.pack(doc, 'uint8array');
}
