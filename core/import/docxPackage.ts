/**
 * A DOCX file that passed the import's checks (docxChecks.ts), opened once:
 * its parts are inflated with a cap on their real size, so a zip bomb is
 * refused before any reader sees it. mammoth reads `bytes` again for the text;
 * the inventory (docxInventory.ts) and the Word comments (wordComments.ts)
 * read the parts.
 *
 * `openDocx` is synchronous: fflate's streaming Unzip/UnzipInflate run in
 * the caller's turn, and a DOCX under DOCX_IMPORT_MAX_BYTES inflates in
 * milliseconds. Bad input of any kind gives an ImportProblem, nothing else.
 */
import { DOMParser, onErrorStopParsing, type Document } from '@xmldom/xmldom';
import { bomEncoding } from '../text/bom';
import { inflateZip, ZipInflateError } from '../zip/inflateZip';
import { checkDocx, MAIN_DOCUMENT, megabytes, type ZipEntry } from './docxChecks';
import { ImportProblem, importProblem } from './importProblem';

export interface DocxPackage {
  /** The file as given. */
  bytes: Uint8Array;
  /** The text of one part, e.g. 'word/document.xml'; undefined when the file has none. */
  part(path: string): string | undefined;
}

/** One reply or comment as Word keeps it. */
export interface WordCommentEntry {
  author: string;
  /** ISO time, when the file gives one. */
  date?: string;
  text: string;
}

/** A Word comment: its text, the text it was made on (its anchor) and its replies. */
export interface WordComment extends WordCommentEntry {
  /** The comment's id in the file (w:id). */
  id: string;
  /** The document text between its range start and end, '' when it marks a point. */
  anchor: string;
  /** Replies (Word's commentsExtended.xml), oldest first. */
  replies: WordCommentEntry[];
  /** Word's "resolved" (done) flag. */
  resolved: boolean;
}

/** What the file holds that a letter cannot hold as it was, counted for the import's report. */
export interface DocxInventory {
  trackedChanges: { insertions: number; deletions: number };
  tables: number;
  textBoxes: number;
  images: number;
  notes: number;
  comments: WordComment[];
}

/**
 * The most a DOCX may unpack to, all its entries together: a letter with a
 * logo unpacks to well under 5 MB; a long report with pictures to tens.
 */
export const DOCX_UNPACKED_MAX_BYTES = 200 * 1024 * 1024;

/**
 * A part unpacking to more than this many times the bytes of it read so far,
 * once past PART_RATIO_FROM bytes, is a bomb: XML compresses 5–20 times,
 * pictures not at all, and deflate's limit is about 1032 (a file of one
 * repeated byte). The bytes read are counted, not the stored size the zip
 * declares: a bomb is stopped after inflating PART_RATIO_FROM, not 100 MB.
 */
export const PART_MAX_RATIO = 200;
const PART_RATIO_FROM = 8 * 1024 * 1024;

/** The parts the import reads, kept as text; every other entry is inflated only to count it. */
export const KEPT_PARTS = [
  '[Content_Types].xml',
  MAIN_DOCUMENT,
  'word/styles.xml',
  'word/numbering.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  'word/settings.xml',
] as const;

// Part names in a package are case-insensitive (OPC), so they are kept and looked up lower-cased.
const kept = new Set<string>(KEPT_PARTS.map((name) => name.toLowerCase()));
const isKept = (name: string) => kept.has(name) || name.endsWith('.rels');

/**
 * Checks the file (docxChecks.ts: size, first bytes, zip directory, entries),
 * inflates every entry counting its real bytes (declared sizes can lie),
 * stopping as soon as DOCX_UNPACKED_MAX_BYTES or PART_MAX_RATIO is passed,
 * and checks that the main document is well-formed XML.
 */
export function openDocx(bytes: Uint8Array): DocxPackage {
  try {
    const entries = checkDocx(bytes);
    const parts = inflateParts(bytes, entries);
    const pkg: DocxPackage = { bytes, part: (path) => parts.get(path.replace(/^\//, '').toLowerCase()) };
    // Every part the import reads is parsed here, once (partXml keeps it), so that a broken one
    // is refused now and the readers after this (inventory, comments, mammoth) meet none.
    for (const name of parts.keys()) partXml(pkg, name);
    if (!partXml(pkg, MAIN_DOCUMENT)) throw importProblem('damaged');
    return pkg;
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    // fflate and the decoders throw their own errors on broken data: to the user it is a damaged file.
    throw importProblem('damaged');
  }
}

function inflateParts(bytes: Uint8Array, entries: ZipEntry[]): Map<string, string> {
  let inflated: Map<string, Uint8Array>;
  try {
    inflated = inflateZip(
      bytes,
      entries,
      { maxTotalBytes: DOCX_UNPACKED_MAX_BYTES, maxRatio: PART_MAX_RATIO, ratioFrom: PART_RATIO_FROM },
      (name) => isKept(name.toLowerCase()),
    );
  } catch (error) {
    if (error instanceof ZipInflateError && error.reason === 'bomb')
      throw importProblem('zipBomb', { limit: megabytes(DOCX_UNPACKED_MAX_BYTES) });
    throw importProblem('damaged');
  }
  const parts = new Map<string, string>();
  for (const [name, part] of inflated) parts.set(name.toLowerCase(), decodeText(part));
  return parts;
}

/** XML parts are UTF-8 (Word, LibreOffice, pandoc); UTF-16 is allowed by XML and told by its BOM. */
function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(bomEncoding(bytes)).decode(bytes);
}

const parsed = new WeakMap<DocxPackage, Map<string, Document | undefined>>();

/**
 * A part parsed as namespace-aware XML (parsed once per package), undefined
 * when the file has no such part; an ImportProblem when it is not well-formed.
 */
export function partXml(pkg: DocxPackage, path: string): Document | undefined {
  let cache = parsed.get(pkg);
  if (!cache) parsed.set(pkg, (cache = new Map()));
  const key = path.replace(/^\//, '').toLowerCase();
  if (cache.has(key)) return cache.get(key);
  const text = pkg.part(path);
  let doc: Document | undefined;
  if (text !== undefined) {
    try {
      doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
        text,
        'text/xml',
      ) as unknown as Document;
    } catch {
      throw importProblem('badXml', { part: path });
    }
    if (!doc.documentElement) throw importProblem('badXml', { part: path });
  }
  cache.set(key, doc);
  return doc;
}
