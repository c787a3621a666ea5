/**
 * Export, then import: every fixture letter, built by the normal DOCX export
 * in each variant, read back by the DOCX import, gives the same letter as
 * core/document/readBlocks reads the original: the same preface and body
 * (paragraphs, headings, quotes, nested lists, formats, links) and the same
 * date, place, addressee, salutation, closing and signatory. Whatever the
 * import does not bring back is listed once, in LIMITS, and applied to both
 * sides of the comparison; any other difference fails.
 */
import { describe, expect, it } from 'vitest';
import { blockPieces, piecesText, type Block, type InlinePiece } from '../../core/document/blocks';
import { readDocument } from '../../core/document/readBlocks';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { newThread } from '../../core/comments/threadEdits';
import { buildRedlineDocx } from '../../core/docx/redline/buildRedlineDocx';
import {
  editorDoc,
  paragraphNode,
  TEXT_FORMAT,
  textNode,
  walk,
  type SerializedNode,
  markNode,
} from '../../core/editorDoc';
import { parseLetter } from '../../core/schemas/letter';
import type { ImportedLetter } from '../../core/import/docxImport';
import { importDocx } from '../../core/import/importDocx';
import { addresseeLine, LETTER_TITLE_MAX, type Letter } from '../../core/letter';
import { chineseDateLine, englishDateLine, readPreface } from '../../core/letterParts';
import { placeholderResolver } from '../../core/placeholders';
import { stripInvalidXmlChars } from '../../core/sanitize';
import { defaultSettings } from '../../core/settings';
import { signatoryLines } from '../../core/signatory';
import type { ExportVariant } from '../../core/exportVariants';
import { FIXTURE_LETTERS, loadFixtureLetter } from '../fixtures/loadLetter';

/**
 * The documented limits of the import, the one place they are listed:
 * - placeholders come back as the text they printed (a filled field's value, an empty one's "[label]");
 * - alignment and indents are not read (mammoth gives neither);
 * - the code and highlight formats are not read (mammoth gives neither): their text stays plain;
 * - a tab comes back as a space, a run of spaces as one, and none next to a line break (the HTML import
 *   collapses white space);
 * - formats beyond Lexical's own bits are dropped, and a piece both sub- and superscript comes back
 *   superscript (a Word run holds one);
 * - list numbering is not read: a list's start number is lost, and lists of one kind next to each
 *   other come back as one;
 * - empty paragraphs are not kept (as a paste drops them: the paragraphs themselves say where one ends);
 * - lists deeper than Word's nine levels come back at the ninth (the export writes them there);
 * - the reference line ("Re: …") is made from the article's details on every export: not read back;
 * - the signatory's lines are read as name, title, organisation in that order (an empty line is not printed).
 */
const F = TEXT_FORMAT;
const LIMITS = {
  readFormats: F.bold | F.italic | F.underline | F.strikethrough | F.subscript | F.superscript,
  tab: ' ',
  deepestList: 9,
};

interface Piece {
  text: string;
  format?: number;
  link?: string;
}

/** A block as the comparison sees it: what the import must bring back, LIMITS applied. */
type Shape =
  | { type: string; level?: number; pieces: Piece[] }
  | { type: 'list'; ordered: boolean; items: Array<{ pieces: Piece[]; lists: Shape[] }> };

function pieces(inline: readonly InlinePiece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of inline) {
    const text = piece.kind === 'tab' ? LIMITS.tab : piece.kind === 'break' ? '\n' : piece.text;
    let format = piece.kind === 'break' ? 0 : piece.format & LIMITS.readFormats;
    if (format & F.superscript) format &= ~F.subscript;
    const link = piece.link?.url;
    const last = out[out.length - 1];
    if (last && last.format === format && last.link === link) last.text += text;
    else out.push({ text, format, link });
  }
  // White space at the ends and runs of spaces are the HTML's to collapse.
  return out
    .map((piece) => ({ ...piece, text: piece.text.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n') }))
    .filter((piece) => piece.text !== '');
}

function shape(block: Block, depth = 1): Shape {
  if (block.type === 'list') {
    const items: Array<{ pieces: Piece[]; lists: Shape[] }> = [];
    for (const item of block.items) {
      items.push({ pieces: pieces(item.inline), lists: [] });
      for (const list of item.lists) {
        const nested = shape(list, depth + 1) as ListShape;
        // At the deepest level, nested items join the list they are in.
        if (depth >= LIMITS.deepestList) items.push(...nested.items);
        else items[items.length - 1].lists.push(nested);
      }
    }
    return { type: 'list', ordered: block.ordered, items };
  }
  return {
    type: block.type,
    ...(block.type === 'heading' ? { level: block.level } : {}),
    pieces: pieces(block.inline),
  };
}

const lines = (text: string) =>
  stripInvalidXmlChars(text)
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The imported parts put into the original letter, so both are read by the same readers. */
function withImported(original: Letter, imported: ImportedLetter): Letter {
  return { ...original, preface: imported.preface, body: imported.body };
}

type ListShape = Extract<Shape, { type: 'list' }>;

/** Lists of one kind next to each other, as one (LIMITS). */
function joinLists(shapes: Shape[]): Shape[] {
  const out: Shape[] = [];
  for (const next of shapes) {
    const last = out[out.length - 1];
    if (
      last?.type === 'list' &&
      next.type === 'list' &&
      'ordered' in last &&
      'ordered' in next &&
      last.ordered === next.ordered
    ) {
      out[out.length - 1] = { ...last, items: [...last.items, ...(next as ListShape).items] };
    } else out.push(next);
  }
  return out;
}

const hasText = (block: Block) => blockPieces(block).some((piece) => piece.text.trim() !== '');

function sides(letter: Letter) {
  const resolve = placeholderResolver(letter, defaultSettings().houseStyle.dateFormat);
  const preface = readPreface(letter, resolve);
  return {
    headline: preface.headline ? shape(preface.headline) : null,
    preface: joinLists(preface.rest.filter(hasText).map((block) => shape(block))),
    body: joinLists(
      readDocument(letter.body, resolve)
        .filter(hasText)
        .map((block) => shape(block)),
    ),
  };
}

const VARIANTS: ExportVariant[] = ['editor', 'bilingual', 'chinese'];

async function roundTrip(letter: Letter, variant: ExportVariant): Promise<ImportedLetter> {
  const bytes = await buildLetterDocx(letter, variant);
  const { letter: imported, report } = await importDocx(bytes, {
    settings: defaultSettings(),
    now: new Date('2026-11-30T10:00:00Z'),
    newId: () => 'x',
  });
  // Our own export holds nothing a letter cannot hold.
  expect(report).toMatchObject({
    trackedChanges: { insertions: 0, deletions: 0 },
    comments: { found: 0, anchored: 0 },
    tables: 0,
    textBoxes: 0,
    images: 0,
    notes: 0,
  });
  return imported;
}

describe('DOCX export → import round trip', () => {
  for (const id of FIXTURE_LETTERS) {
    const letter = loadFixtureLetter(id);
    const hasPreface = readPreface(letter, placeholderResolver(letter)).headline !== null;
    for (const variant of VARIANTS) {
      // A Chinese export of a letter with no preface is refused by the export itself.
      if (variant === 'chinese' && !hasPreface) continue;
      it(`${id}, ${variant} export`, async () => {
        const imported = await roundTrip(letter, variant);
        const original = sides(letter);
        const back = sides(withImported(letter, imported));
        const english = variant !== 'chinese';
        const chinese = variant !== 'editor';

        expect(back.body).toEqual(english ? original.body : []);
        expect(back.headline).toEqual(chinese ? original.headline : null);
        expect(back.preface).toEqual(chinese ? original.preface : []);

        const settings = defaultSettings();
        const dated = english ? englishDateLine(letter, settings) !== '' : chineseDateLine(letter) !== '';
        expect(imported.date).toBe(dated ? letter.date : undefined);
        if (!english) {
          expect(imported).not.toHaveProperty('salutation');
          return;
        }
        expect(imported.place ?? '').toBe(stripInvalidXmlChars(letter.place).trim());
        expect(imported.addressee).toBe(lines(addresseeLine(letter)).join('\n'));
        expect(imported.salutation).toBe(stripInvalidXmlChars(letter.salutation).trim());
        expect(imported.closing).toBe(stripInvalidXmlChars(letter.closing).trim());
        const signatory = imported.signatory;
        const back3 = signatory ? [signatory.nameEn, signatory.titleEn, signatory.organisationEn] : [];
        expect(back3.filter(Boolean)).toEqual(
          signatoryLines(letter.signatory).map((l) => lines(l).join(' ')),
        );
        // The title: the headline, else the English letter's first line.
        const resolve = placeholderResolver(letter);
        const headline = chinese ? readPreface(letter, resolve).headline : null;
        const first = headline ?? readDocument(letter.body, resolve).find(hasText);
        const firstLine = first ? lines(piecesText(blockPieces(first)))[0] : '';
        const expected = firstLine.replace(/\s+/g, ' ');
        if (Array.from(expected).length <= LETTER_TITLE_MAX) expect(imported.title).toBe(expected);
        else {
          // A whole paragraph as the first line: shortened to a title's length.
          expect(Array.from(imported.title)).toHaveLength(LETTER_TITLE_MAX);
          expect(expected.startsWith(imported.title.slice(0, -1))).toBe(true);
        }
      });
    }
  }
});

describe('redline export → import: the reviewed file read back', () => {
  const BY = { author: 'Press Office', date: '2026-11-30T09:00:00.000Z' };
  const mark = (ids: string[], text: string): SerializedNode => markNode(ids, [textNode(text)]);
  const base = loadFixtureLetter('euobserver-rebuttal');
  // The second paragraph is deleted in the newer letter.
  const [first, , ...rest] = base.body.root.children;
  const newer = parseLetter({
    ...base,
    salutation: 'Sir,',
    // One paragraph reworded around a comment, one deleted, one added.
    body: editorDoc([
      paragraphNode([textNode('We read '), mark(['t1'], 'your report'), textNode(' with surprise.')]),
      first,
      ...rest,
      paragraphNode([textNode('A paragraph the reviewer added.')]),
    ]),
    comments: [
      {
        ...newThread({
          id: 't1',
          commentId: 'c1',
          side: 'body',
          quote: 'your report',
          text: 'Name the report.',
          author: 'Li Ming',
          now: '2026-11-29T08:00:00.000Z',
        }),
      },
    ],
  });

  it('takes the insertions as written and drops the deletions: the newer letter, its fixed lines and its comment', async () => {
    const bytes = await buildRedlineDocx(base, newer, 'bilingual', BY);
    const { letter: imported, report } = await importDocx(bytes, {
      settings: defaultSettings(),
      now: new Date('2026-11-30T10:00:00Z'),
      newId: (() => {
        let n = 0;
        return () => `id-${++n}`;
      })(),
    });
    expect(report.trackedChanges.insertions).toBeGreaterThan(0);
    expect(report.trackedChanges.deletions).toBeGreaterThan(0);
    expect(report.comments).toEqual({ found: 1, anchored: 1 });
    expect(sides(withImported(newer, imported))).toEqual(sides(newer));
    expect(imported).toMatchObject({ salutation: 'Sir,', closing: newer.closing, date: newer.date });
    const [thread] = imported.comments;
    expect(thread).toMatchObject({
      side: 'body',
      quote: 'your report',
      resolved: false,
      comments: [{ author: 'Li Ming', text: 'Name the report.', createdAt: '2026-11-29T08:00:00.000Z' }],
    });
    const marked: string[] = [];
    walk(imported.body.root, (node) => {
      if (node.type === 'mark' && (node.ids as string[]).includes(thread.id)) marked.push(readText(node));
    });
    expect(marked).toEqual(['your report']);
  });
});

const readText = (node: SerializedNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(readText).join('');
