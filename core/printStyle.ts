/**
 * The print document's one style sheet: A4 with 2.5 cm margins and the
 * DOCX's paragraph styles (sizes, spacing, signature space), in the house
 * fonts with CJK fallbacks that exist on a stock Linux, Windows or macOS.
 * Layout comes from classes, never style attributes, so the browser-mode
 * page can allow exactly this block by its hash and nothing else.
 */
import type { AppSettings } from './settings';
import { SIDE_LANGUAGE } from './sides';

/** Settings already refuse < > & and " in font names; this also keeps backslashes and newlines harmless. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** Lexical indent steps the style sheet knows; deeper indents print at the deepest. */
export const MAX_INDENT = 8;

export function printStyle(settings: AppSettings): string {
  const { latinFont, eastAsianFont } = settings.houseStyle;
  const latin = `${cssString(latinFont)}, ${cssString(eastAsianFont)}, "Noto Serif CJK SC", "Songti SC", serif`;
  const chinese = `${cssString(eastAsianFont)}, "Noto Serif CJK SC", "Songti SC", ${cssString(latinFont)}, serif`;
  // Scoped to the letter's parts so they outrank those parts' own paragraph rules.
  const scoped = (name: string) => `.preface .${name}, .text .${name}`;
  const alignments = ['left', 'center', 'right', 'justify'].map(
    (align) => `${scoped(`align-${align}`)} { text-align: ${align}; }`,
  );
  const indents = Array.from(
    { length: MAX_INDENT },
    (_, i) => `${scoped(`indent-${i + 1}`)} { margin-left: ${((i + 1) * 1.27).toFixed(2)}cm; }`,
  );
  return [
    '@page { size: A4; margin: 2.5cm; }',
    `html { font-family: ${latin}; font-size: 12pt; line-height: 1.15; color: #000; background: #fff; }`,
    'body { margin: 0; }',
    `[lang="${SIDE_LANGUAGE.preface}"] { font-family: ${chinese}; }`,
    'p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote { margin: 0; }',
    '.letterhead { text-align: center; margin-bottom: 24pt; padding-bottom: 8pt; border-bottom: 0.75pt solid #000; }',
    '.letterhead img { max-height: 2.5cm; max-width: 6cm; width: auto; height: auto; margin-bottom: 6pt; }',
    '.letterhead .organisation { font-size: 14pt; font-weight: bold; }',
    '.letterhead .details { font-size: 9pt; margin-top: 4pt; }',
    '.headline { font-size: 16pt; font-weight: bold; text-align: center; line-height: 1.5; margin: 6pt 0 18pt; }',
    '.preface p { text-align: justify; line-height: 1.5; margin-bottom: 10pt; text-indent: 2em; }',
    '.preface .zh-date { text-align: right; text-indent: 0; margin-top: 18pt; }',
    '.page-break { break-before: page; }',
    '.date-line { text-align: right; margin-bottom: 24pt; }',
    '.addressee { margin-bottom: 18pt; break-after: avoid; }',
    '.reference { font-weight: bold; margin-bottom: 12pt; break-after: avoid; }',
    '.salutation { margin-bottom: 10pt; break-after: avoid; }',
    '.text p, .text blockquote, .text ul, .text ol { text-align: justify; margin-bottom: 10pt; }',
    '.text li > ul, .text li > ol { margin-bottom: 0; }',
    '.text blockquote { font-style: italic; margin-left: 1.27cm; margin-right: 1.27cm; }',
    '.text h1 { font-size: 14pt; } .text h2 { font-size: 13pt; } .text h3, .text h4, .text h5, .text h6 { font-size: 12pt; }',
    '.text h1, .text h2, .text h3, .text h4, .text h5, .text h6 { margin: 12pt 0 6pt; break-after: avoid; }',
    '.closing { margin-top: 8pt; margin-bottom: 48pt; break-after: avoid; break-inside: avoid; }',
    '.signatory { break-inside: avoid; }',
    'a { color: #0563c1; text-decoration: underline; }',
    // Browsers leave backgrounds out of print by default; a marked gap must still show.
    'mark { background: #ffff00; color: inherit; -webkit-print-color-adjust: exact; print-color-adjust: exact; }',
    'code { font-family: "Courier New", monospace; }',
    ...alignments,
    ...indents,
  ].join('\n');
}
