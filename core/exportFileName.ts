/**
 * File names for everything LetterDesk hands over (DOCX, PDF, email draft,
 * library file, browser download). One sanitiser, so a publication name with
 * odd characters can never make a name a file system refuses, that a
 * download header cannot carry, or that pretends to be another kind of file.
 */
import type { ExportVariant } from './exportVariants';
import type { Letter } from './letter';

// A surrogate half without its partner: not text, and encodeURIComponent throws on it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters, and the bidirectional controls that can make "…cod.docx" read as "…xcod.docx".
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// Characters Windows, macOS or Linux refuse in a file name.
const RESERVED_CHARS = /[<>:"/\\|?*]/g;
// Windows refuses these as a name whatever follows the first dot ("CON.docx", "com1.pdf").
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** Most file systems take 255 bytes; this leaves room for a " (2)" the browser or dialog may add. */
const MAX_NAME_BYTES = 200;

/** Room for the publication's name, so however long it is the variant's words stay in the name. */
const MAX_PUBLICATION_BYTES = 100;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** `text` cut to at most `max` bytes of UTF-8, never inside a character. */
function cutToBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    bytes += utf8Length(char);
    if (bytes > max) break;
    out += char;
  }
  return out;
}

/** `text` as it may appear in a file name: well formed, visible, no separators, spaces collapsed. */
function fileNameText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(RESERVED_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name any desktop file system takes, from any text: `stem` cleaned of
 * what a file name cannot hold, cut to length on a character boundary, with
 * `extension` (without the dot) kept. Falls back to `fallback` when nothing
 * usable is left.
 */
export function safeFileName(stem: string, extension: string, fallback = 'letter'): string {
  const suffix = `.${fileNameText(extension).replace(/[.\s]/g, '')}`;
  const cut = cutToBytes(fileNameText(stem), MAX_NAME_BYTES - utf8Length(suffix));
  // Leading dots hide a file on macOS and Linux; trailing dots and spaces vanish on Windows.
  let clean = cut.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!clean) clean = fallback;
  if (RESERVED_NAMES.test(clean)) clean = `_${clean}`;
  return clean + suffix;
}

/** How each variant's name ends, so the three never overwrite each other in a Downloads folder. */
const VARIANT_SUFFIX: Record<ExportVariant, string> = {
  editor: 'letter',
  bilingual: 'letter (bilingual)',
  chinese: '致函 (中文)',
};

/**
 * "2020-05-08 EUobserver letter.docx" (sorts by date in any folder);
 * "… letter (bilingual).docx" and "… 致函 (中文).docx" for the other variants.
 */
export function exportFileName(
  letter: Letter,
  variant: ExportVariant = 'editor',
  extension: 'docx' | 'pdf' | 'eml' = 'docx',
): string {
  return safeFileName(exportStem(letter, variant), extension);
}

function exportStem(letter: Letter, variant: ExportVariant): string {
  // The publication is cut first, so a long name never cuts off the variant.
  const publication = cutToBytes(fileNameText(letter.fields.publication), MAX_PUBLICATION_BYTES).trim();
  return [letter.date, publication, VARIANT_SUFFIX[variant] ?? VARIANT_SUFFIX.editor]
    .filter(Boolean)
    .join(' ');
}

/** A redline is named in the words of its variant's name: the Chinese-only one in Chinese. */
const REDLINE_SUFFIX: Record<ExportVariant, string> = {
  editor: 'redline',
  bilingual: 'redline',
  chinese: '修订版',
};

/** "2020-05-08 EUobserver letter – redline.docx": the export's name, marked as the redline (core/docx/redline/). */
export function redlineFileName(letter: Letter, variant: ExportVariant = 'editor'): string {
  return safeFileName(
    `${exportStem(letter, variant)} – ${REDLINE_SUFFIX[variant] ?? REDLINE_SUFFIX.editor}`,
    'docx',
  );
}

/**
 * A whole file name ("stem.ext") made safe, keeping its extension: what every
 * place that turns a name into a path or a download header applies, whoever built the name.
 */
export function safeName(fileName: string, fallback = 'letter'): string {
  const match = /\.([A-Za-z0-9]{1,16})$/.exec(fileName);
  return match
    ? safeFileName(fileName.slice(0, match.index), match[1], fallback)
    : safeFileName(fileName, 'bin', fallback);
}
