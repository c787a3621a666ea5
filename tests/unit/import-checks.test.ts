/**
 * The DOCX import's checks: each kind of file that is not a DOCX it can read
 * is refused with its own message (what the file is, what to do), and a
 * LetterDesk export passes them. The bad inputs are made here, at run time;
 * password.docx is committed (tests/fixtures/docx/make-fixtures.mjs).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Deflate, strFromU8, strToU8, unzipSync, Zip, zipSync, type ZipInputFile } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { DOCX_IMPORT_MAX_BYTES } from '../../core/import/docxImport';
import { readInventory } from '../../core/import/docxInventory';
import { DOCX_UNPACKED_MAX_BYTES, KEPT_PARTS, openDocx, PART_MAX_RATIO } from '../../core/import/docxPackage';
import { ImportProblem, importMessages, type ImportProblemKind } from '../../core/import/importProblem';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** The ImportProblem openDocx throws for these bytes. */
function problemOf(bytes: Uint8Array): ImportProblem {
  try {
    openDocx(bytes);
  } catch (error) {
    if (error instanceof ImportProblem) return error;
    throw new Error(`openDocx threw something other than an ImportProblem: ${String(error)}`);
  }
  throw new Error('openDocx accepted the file');
}

function expectProblem(bytes: Uint8Array, kind: ImportProblemKind, message: RegExp) {
  const problem = problemOf(bytes);
  expect(problem.wording.id).toBe(importMessages[kind].id);
  expect(problem.message).toMatch(message);
  return problem;
}

const zipOf = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const DOCUMENT =
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Dear Sir/Madam,</w:t></w:r></w:p></w:body></w:document>';

/**
 * A zip of parts made of spaces, each `megabytes` long, declared as 1000
 * bytes. The deflate stream is one flushed 1 MB block of spaces repeated
 * (after a sync flush it is byte-aligned and decodes the same after any
 * spaces), so the test holds about 1 KB per MB, never the spaces themselves.
 */
function spacesZip(parts: [name: string, megabytes: number][]): Uint8Array {
  const pieces: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => pieces.push(chunk));
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  const flushed = () => {
    deflate.push(spaces);
    deflate.flush(true);
    return concat(pieces.splice(0));
  };
  const first = flushed();
  const repeated = flushed();
  deflate.push(new Uint8Array(0), true);
  const end = concat(pieces.splice(0));

  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [filename, megabytes] of parts) {
    const entry: ZipInputFile = { filename, compression: 8, size: 1000, crc: 0 };
    zip.add(entry);
    entry.ondata?.(null, first, false);
    for (let i = 1; i < megabytes; i++) entry.ondata?.(null, repeated, false);
    entry.ondata?.(null, end, true);
  }
  zip.end();
  return concat(out);
}

const spacesBomb = (megabytes: number) => spacesZip([['word/document.xml', megabytes]]);

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

let export_: Uint8Array;
beforeAll(async () => {
  export_ = await buildLetterDocx(
    loadFixtureLetter('euobserver-rebuttal'),
    'bilingual',
    loadFixtureSettings('letterhead'),
  );
});

describe('a LetterDesk export', () => {
  it('passes the checks, and its parts read as text, looked up in any case', () => {
    const pkg = openDocx(export_);
    expect(pkg.bytes).toBe(export_);
    expect(pkg.part('word/document.xml')).toMatch(/^<\?xml[^]*<w:document[^]*Dear/);
    expect(pkg.part('/WORD/Document.xml')).toBe(pkg.part('word/document.xml'));
    expect(pkg.part('word/styles.xml')).toContain('<w:styles');
    expect(pkg.part('[Content_Types].xml')).toContain('<Types');
    expect(pkg.part('word/_rels/document.xml.rels')).toContain('<Relationships');
  });

  it('keeps only the XML parts the import reads', () => {
    const pkg = openDocx(export_);
    expect(KEPT_PARTS).toContain('word/document.xml');
    expect(pkg.part('docProps/core.xml')).toBeUndefined();
    expect(pkg.part('word/header1.xml')).toBeUndefined();
    expect(pkg.part('word/media/image1.png')).toBeUndefined();
  });
});

describe('files that are not a DOCX say what they are', () => {
  it.each([
    ['a PDF', bytesOf('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), 'pdf', /is a PDF, not a Word document/],
    ['a PNG', fixture('settings/emblem.png'), 'picture', /is a picture \(PNG\)/],
    ['a JPEG', bytesOf('\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01'), 'picture', /is a picture \(JPEG\)/],
    ['a GIF', bytesOf('GIF89a\x01\x00\x01\x00'), 'picture', /is a picture \(GIF\)/],
    ['an RTF file', bytesOf('{\\rtf1\\ansi Dear Sir}'), 'rtf', /Rich Text \(.rtf\).*save it as .docx/],
    [
      'an HTML page',
      strToU8('<!DOCTYPE html>\n<html><body><p>Dear Sir</p></body></html>'),
      'html',
      /web page \(HTML\)/,
    ],
    [
      'plain text',
      strToU8('尊敬的编辑：\nDear Sir/Madam,\n\tYours sincerely\n'),
      'plainText',
      /plain text file/,
    ],
    [
      'a Word XML document (Flat OPC)',
      strToU8(
        '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="urn:p"/>',
      ),
      'wordXml',
      /Word XML document.*save it as \.docx/,
    ],
    [
      'a flat OpenDocument text (.fodt)',
      fixture('docx/unsupported.fodt'),
      'openDocument',
      /OpenDocument file/,
    ],
    ['an empty file', new Uint8Array(0), 'empty', /empty \(0 bytes\)/],
    [
      'an old Word 97–2003 document',
      concat([
        fixture('docx/password.docx').subarray(0, 8),
        Buffer.from('\0\0Root Entry\0WordDocument\0', 'utf16le'),
      ]),
      'oldWord',
      /Word 97–2003 document \(\.doc\).*Open it in Word or LibreOffice and save it as \.docx/,
    ],
    [
      'another old Office file',
      concat([fixture('docx/password.docx').subarray(0, 8), Buffer.from('\0Workbook\0', 'utf16le')]),
      'otherOffice',
      /older Microsoft Office file, but not a Word document/,
    ],
  ] as const)('%s', (_, bytes, kind, message) => {
    expectProblem(bytes, kind, message);
  });

  it('random bytes', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + (i >> 3) * 104729) & 0xff);
    expectProblem(random, 'notDocx', /not a Word document \(\.docx\)/);
  });

  it('a zip without word/document.xml', () => {
    expectProblem(zipOf({ 'notes.txt': 'hello' }), 'zipWithoutDocument', /zip archive.*no Word document/);
  });

  it('an Excel workbook (xlsx)', () => {
    const xlsx = zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' });
    expectProblem(xlsx, 'spreadsheet', /Excel workbook/);
  });

  it('a PowerPoint presentation (pptx)', () => {
    const pptx = zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'ppt/presentation.xml': '<presentation/>' });
    expectProblem(pptx, 'presentation', /PowerPoint presentation/);
  });

  it('an OpenDocument text (odt)', () => {
    const odt = zipOf({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml': '<office:document-content/>',
    });
    expectProblem(odt, 'openDocument', /OpenDocument file.*save it as \.docx/);
  });
});

describe('DOCX files that cannot be read say why', () => {
  it('a password-protected document (an OLE file holding an EncryptedPackage)', () => {
    expectProblem(
      fixture('docx/password.docx'),
      'passwordProtected',
      /password-protected.*File ▸ Info ▸ Protect Document/,
    );
  });

  it.each([
    ['cut in half', (docx: Uint8Array) => docx.subarray(0, docx.length >> 1)],
    ['cut just before its end', (docx: Uint8Array) => docx.subarray(0, docx.length - 10)],
    ['cut after its first header', (docx: Uint8Array) => docx.subarray(0, 40)],
  ])('a DOCX %s is damaged', (_, cut) => {
    expectProblem(cut(export_), 'damaged', /damaged or incomplete/);
  });

  it('a DOCX whose deflated data is garbled is damaged', () => {
    const docx = zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT.repeat(20) });
    const garbled = docx.slice();
    // Inside the first entry's deflate stream, after its 30-byte header and name.
    for (let at = 60; at < 90; at++) garbled[at] ^= 0xa5;
    expectProblem(garbled, 'damaged', /damaged or incomplete/);
  });

  it('a file over the size limit, saying its size and the limit in MB', () => {
    const big = new Uint8Array(DOCX_IMPORT_MAX_BYTES + 5 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const problem = expectProblem(
      big,
      'tooBig',
      /The file is 25 MB; the import reads DOCX files of up to 20 MB/,
    );
    expect(problem.wording.values).toEqual({ size: 25, limit: 20 });
    // Just over the limit does not read as "20 MB of up to 20 MB".
    expect(problemOf(big.subarray(0, DOCX_IMPORT_MAX_BYTES + 1)).wording.values).toEqual({
      size: 20.1,
      limit: 20,
    });
  });

  it('a zip bomb (1 GB of spaces declared as 1000 bytes) is stopped', () => {
    const bomb = spacesBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const problem = expectProblem(
      bomb,
      'zipBomb',
      /more than 200 MB.*not opened|not opened.*more than 200 MB/,
    );
    expect(problem.wording.values).toEqual({ limit: DOCX_UNPACKED_MAX_BYTES / 1024 / 1024 });
  });

  it(`a part inflating more than ${PART_MAX_RATIO} times its size, though under the total cap, is a bomb`, () => {
    expectProblem(spacesBomb(20), 'zipBomb', /would take more than/);
  });

  it(`many parts, each too small for the ratio check, together over ${DOCX_UNPACKED_MAX_BYTES / 1024 / 1024} MB, are a bomb`, () => {
    const parts = Array.from({ length: 30 }, (_, i): [string, number] => [`word/media/part${i}.xml`, 7]);
    const bomb = spacesZip([['word/document.xml', 1], ...parts]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expectProblem(bomb, 'zipBomb', /would take more than 200 MB/);
  });

  it('a few MB of spaces (an honest, if odd, part) is not a bomb', () => {
    expectProblem(spacesBomb(4), 'badXml', /not well-formed XML/);
  });

  it('a DOCX whose document.xml is not well-formed XML', () => {
    const docx = zipOf({
      '[Content_Types].xml': CONTENT_TYPES,
      'word/document.xml': '<w:document><w:body><w:p>',
    });
    const problem = expectProblem(docx, 'badXml', /its part word\/document\.xml is not well-formed XML/);
    expect(problem.wording.values).toEqual({ part: 'word/document.xml' });
    const mismatched = zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<a><b></a>' });
    expectProblem(mismatched, 'badXml', /not well-formed XML/);
    // Any part the import reads, not only the main document.
    const badComments = zipOf({
      '[Content_Types].xml': CONTENT_TYPES,
      'word/document.xml': DOCUMENT,
      'word/comments.xml': '<w:comments><w:comment>',
    });
    expect(problemOf(badComments).wording.values).toEqual({ part: 'word/comments.xml' });
  });

  it('a minimal well-formed DOCX passes', () => {
    const pkg = openDocx(zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT }));
    expect(pkg.part('word/document.xml')).toBe(DOCUMENT);
  });
});

describe('bad input never throws anything but an ImportProblem, opened or read', () => {
  const onlyImportProblems = (bytes: Uint8Array) => {
    try {
      readInventory(openDocx(bytes));
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
    }
  };

  it('random bytes, with and without a zip header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), (bytes, zipHeader) => {
        if (zipHeader && bytes.length >= 4) bytes.set([0x50, 0x4b, 0x03, 0x04]);
        onlyImportProblems(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('a real DOCX with bytes changed or cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat()),
        (changes, cut) => {
          const bytes = export_.slice(0, cut === null ? undefined : cut % export_.length);
          for (const [at, value] of changes) if (bytes.length) bytes[at % bytes.length] = value;
          onlyImportProblems(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a DOCX with comments whose XML parts have characters changed, zipped again', () => {
    const parts = unzipSync(fixture('docx/word-comments.docx'));
    const names = ['word/document.xml', 'word/comments.xml', 'word/commentsExtended.xml'];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', '/', ' ', 'w', ':', '=', '&', '\0')), {
          minLength: 1,
          maxLength: 6,
        }),
        (name, changes) => {
          const text = [...strFromU8(parts[name])];
          for (const [at, character] of changes) text[at % text.length] = character;
          onlyImportProblems(zipSync({ ...parts, [name]: strToU8(text.join('')) }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
