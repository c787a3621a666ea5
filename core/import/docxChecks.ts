/**
 * The import's checks on a file before anything reads it, in this order:
 * its size, what its first bytes say it is, and whether it is a whole zip
 * archive (its central directory, which a DOCX cut short has lost). Each
 * refusal is an ImportProblem saying what the file looks like and what to do,
 * so that "this is a PDF" is said as such and not as "damaged DOCX".
 *
 * The zip's entries listed here come from its central directory; their
 * declared sizes are not trusted for anything (docxPackage.ts counts the
 * real inflated bytes), only used to tell a zip bomb by its inflate ratio.
 */
import { bomEncoding } from '../text/bom';
import { DOCX_IMPORT_MAX_BYTES } from './docxImport';
import { importProblem } from './importProblem';

const MB = 1024 * 1024;

/** One entry of the zip's central directory. */
export interface ZipEntry {
  name: string;
  /** Bytes stored in the file for it: the file holds them, so this cannot lie by much. */
  compressedSize: number;
  /** Zip-level encryption (general purpose flag bit 0): not something Word writes. */
  encrypted: boolean;
}

/** Refuses a file too big to import, saying its size and the limit in MB. */
export function checkSize(bytes: Uint8Array): void {
  if (bytes.length > DOCX_IMPORT_MAX_BYTES) {
    throw importProblem('tooBig', {
      // Rounded up, so that a file just over the limit does not read as being at it.
      size: Math.ceil((bytes.length / MB) * 10) / 10,
      limit: megabytes(DOCX_IMPORT_MAX_BYTES),
    });
  }
}

/** MB with one decimal where it matters: 20, 20.5. */
export function megabytes(size: number): number {
  return Math.round((size / MB) * 10) / 10;
}

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Refuses anything whose first bytes say it is not a zip archive, naming what
 * it is where the bytes tell: a PDF, a picture, an old Office file (a
 * password-protected DOCX is one of those: an OLE compound file holding the
 * encrypted package), RTF, HTML or plain text.
 */
export function checkMagic(bytes: Uint8Array): void {
  if (bytes.length === 0) throw importProblem('empty');
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return;
  if (startsWith(bytes, ascii('%PDF'))) throw importProblem('pdf');
  if (startsWith(bytes, [0x89, ...ascii('PNG')])) throw importProblem('picture', { format: 'PNG' });
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) throw importProblem('picture', { format: 'JPEG' });
  if (startsWith(bytes, ascii('GIF8'))) throw importProblem('picture', { format: 'GIF' });
  if (startsWith(bytes, OLE)) throw compoundFileProblem(bytes);
  if (startsWith(bytes, ascii('{\\rtf'))) throw importProblem('rtf');
  const text = asText(bytes);
  if (text !== undefined) {
    throw importProblem(textKind(text));
  }
  throw importProblem('notDocx');
}

/**
 * An OLE compound file: Office 97–2003 formats, and also what Office writes
 * for a password-protected DOCX (its "EncryptedPackage" stream holds the
 * encrypted zip). The stream names are in the directory, in UTF-16LE; looking
 * for them in the bytes is enough to tell the cases apart without reading
 * the compound file's sector chains.
 */
function compoundFileProblem(bytes: Uint8Array) {
  if (holdsStreamName(bytes, 'EncryptedPackage')) return importProblem('passwordProtected');
  if (holdsStreamName(bytes, 'WordDocument')) return importProblem('oldWord');
  return importProblem('otherOffice');
}

function holdsStreamName(bytes: Uint8Array, name: string): boolean {
  // A directory entry's name: UTF-16LE, then a 0 character.
  const wanted = [...`${name}\0`].flatMap((c) => [c.charCodeAt(0), 0]);
  const first = wanted[0];
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (startsWith(bytes, wanted, at)) return true;
  }
  return false;
}

/** What a text file is, from its start: HTML, Word's or OpenDocument's single-file XML, or plain text. */
function textKind(text: string) {
  if (/^\s*<(!doctype\s+html|html|head|body)\b/i.test(text)) return 'html';
  if (text.trimStart().startsWith('<?xml')) {
    // Flat OPC (Word's "Word XML Document") and Word 2003 XML; a flat ODT (.fodt).
    if (/progid="Word\.Document"|<w:wordDocument\b|<pkg:package\b/.test(text)) return 'wordXml';
    if (/<office:document\b/.test(text)) return 'openDocument';
  }
  return 'plainText';
}

/** The text, when the first 4 KB read as UTF-8 (or UTF-16 with a BOM) without control characters. */
function asText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 4096);
  let text: string;
  try {
    const encoding = bomEncoding(head);
    // A multi-byte character cut at 4 KB is not a reason to call it binary.
    text = new TextDecoder(encoding, { fatal: true }).decode(head, { stream: true });
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what tells binary from text
  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text) ? undefined : text;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;

/**
 * The zip's entries from its central directory, refusing the file as
 * damaged when the directory is missing (a file cut short loses it first)
 * or does not fit in the file.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const damaged = () => importProblem('damaged');
  // The end record is 22 bytes plus a comment of up to 64 KB, at the very end.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD && at + 22 + u16(bytes, at + 20) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged();
  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, end - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== ZIP64_EOCD) throw damaged();
    count = u64(bytes, at + 32);
    size = u64(bytes, at + 40);
    offset = u64(bytes, at + 48);
  }
  if (offset + size > bytes.length) throw damaged();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || u32(bytes, at) !== CENTRAL_ENTRY) throw damaged();
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > offset + size) throw damaged();
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: u32(bytes, at + 20),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
    });
    at = next;
  }
  return entries;
}

/** The main document part of a WordprocessingML package, as Word, LibreOffice and pandoc name it. */
export const MAIN_DOCUMENT = 'word/document.xml';

/**
 * Refuses a zip that is not a Word document, naming what it is where its
 * entries tell: OpenDocument (its "mimetype" entry), an Excel workbook or a
 * PowerPoint presentation (their main parts), or any other zip.
 */
export function checkZipEntries(entries: ZipEntry[]): void {
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (names.has(MAIN_DOCUMENT)) {
    if (entries.some((entry) => entry.encrypted)) throw importProblem('passwordProtected');
    return;
  }
  // Every OpenDocument file starts with a "mimetype" entry (application/vnd.oasis.opendocument.*).
  if (names.has('mimetype')) throw importProblem('openDocument');
  if (names.has('xl/workbook.xml')) throw importProblem('spreadsheet');
  if (names.has('ppt/presentation.xml')) throw importProblem('presentation');
  throw importProblem('zipWithoutDocument');
}

/**
 * The checks in order: size, first bytes, zip directory, entries. Returns
 * the directory for docxPackage.ts, which inflates the parts.
 */
export function checkDocx(bytes: Uint8Array): ZipEntry[] {
  checkSize(bytes);
  checkMagic(bytes);
  const entries = readZipDirectory(bytes);
  checkZipEntries(entries);
  return entries;
}
