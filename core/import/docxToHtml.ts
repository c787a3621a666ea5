/**
 * A DOCX's text as HTML, by mammoth: paragraphs, headings, lists (Word's
 * numbering read as nested <ul>/<ol>), bold, italic, underline, strikethrough,
 * super- and subscript, links, tables, and footnotes and endnotes as a list at
 * the end. Pictures are left out (a letter holds none; the inventory counts
 * them). The HTML then takes the editor's own paste path
 * (htmlToEditorDocs.ts).
 *
 * mammoth is loaded when a file is imported, not when the module is: nothing
 * else in the main process pays for it.
 */
import type Mammoth from 'mammoth';
import { LD_CLASS_PREFIX, STYLE_NAMES } from './ldParts';

type MammothInput = Parameters<typeof Mammoth.convertToHtml>[0];

/**
 * LetterDesk's own export styles (core/docx/styles.ts), by their display
 * names, each to a paragraph class that says which part of the letter it is,
 * so a letter exported by LetterDesk is read back exactly. Then Word's and
 * LibreOffice's own headings: the editor has three heading levels, so deeper
 * ones become the third, and a document's Title the first. Underline and
 * strikethrough are kept (mammoth leaves underline out unless told).
 */
const STYLE_MAP = [
  ...Object.entries(STYLE_NAMES).map(
    ([part, name]) => `p[style-name='${name}'] => p.${LD_CLASS_PREFIX}${part}:fresh`,
  ),
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h3:fresh",
  "p[style-name='Heading 5'] => h3:fresh",
  "p[style-name='Heading 6'] => h3:fresh",
  // LibreOffice names its headings in lower case.
  "p[style-name='heading 1'] => h1:fresh",
  "p[style-name='heading 2'] => h2:fresh",
  "p[style-name='heading 3'] => h3:fresh",
  "p[style-name='heading 4'] => h3:fresh",
  "p[style-name='heading 5'] => h3:fresh",
  "p[style-name='heading 6'] => h3:fresh",
  ...deepListLevels(),
  'u => u',
  'strike => s',
];

/**
 * mammoth's own map stops at the fifth list level; Word (and our export) have nine. Deeper
 * levels, written the way mammoth writes the first five.
 */
function deepListLevels(): string[] {
  const rules: string[] = [];
  for (let level = 6; level <= 9; level++) {
    const outer = 'ul|ol > li > '.repeat(level - 1);
    rules.push(`p:unordered-list(${level}) => ${outer}ul > li:fresh`);
    rules.push(`p:ordered-list(${level}) => ${outer}ol > li:fresh`);
  }
  return rules;
}

export interface DocxHtml {
  html: string;
  /** mammoth's warnings (unknown styles, unread elements): for tests and debugging, never shown. */
  messages: string[];
}

/** The picture stand-ins mammoth writes, taken out before any DOM sees them. */
const EMPTY_IMG = /<img src="" ?\/>/g;

export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    // Typed as a Buffer, but mammoth only hands it to JSZip, which reads any Uint8Array.
    { buffer: bytes } as unknown as MammothInput,
    {
      styleMap: STYLE_MAP,
      includeDefaultStyleMap: true,
      // A file may carry a style map of its own (mammoth's embedded one): it does not decide how it is read.
      includeEmbeddedStyleMap: false,
      // Nor may it make the import read files outside it (pictures linked by path).
      externalFileAccess: false,
      // Pictures are never read: mammoth writes an empty <img>, removed below (the inventory counts them).
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      // An empty paragraph is a spacer; the paragraphs themselves say where one ends.
      ignoreEmptyParagraphs: true,
    },
  );
  return {
    html: result.value.replace(EMPTY_IMG, ''),
    messages: result.messages.map((message) => message.message),
  };
}
