/**
 * The import's inventory of what a DOCX holds that a letter cannot hold as
 * it was, and its Word comments with their anchors and replies: on files as
 * LibreOffice, pandoc and Word write them (tests/fixtures/docx), on a
 * LetterDesk export, and on small documents made here for each rule.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_VARIANTS } from '../../core/exportVariants';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { readInventory } from '../../core/import/docxInventory';
import { openDocx } from '../../core/import/docxPackage';
import { readWordComments } from '../../core/import/wordComments';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';

const open = (name: string) =>
  openDocx(new Uint8Array(readFileSync(new URL(`../fixtures/docx/${name}.docx`, import.meta.url))));

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';

/** A DOCX whose body is `body` (and whose other parts are `parts`), as small as the import accepts. */
function docWith(body: string, parts: Record<string, string> = {}) {
  const files = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`,
    ...parts,
  };
  return openDocx(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))),
  );
}

const p = (inner: string) => `<w:p>${inner}</w:p>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const none = {
  trackedChanges: { insertions: 0, deletions: 0 },
  tables: 0,
  textBoxes: 0,
  images: 0,
  notes: 0,
};

describe('inventory of the fixtures', () => {
  it.each([
    ['libreoffice-tracked-comments', { ...none, trackedChanges: { insertions: 2, deletions: 1 } }],
    ['unsupported', { ...none, tables: 1, textBoxes: 1, images: 1, notes: 2 }],
    ['pandoc', none],
    ['word-numbered-lists', none],
    ['word-comments', { ...none, trackedChanges: { insertions: 3, deletions: 1 } }],
  ])('%s', (name, counts) => {
    const { comments: _, ...inventory } = readInventory(open(name));
    expect(inventory).toEqual(counts);
  });

  it.each(EXPORT_VARIANTS)('a LetterDesk export (%s) holds nothing to report', async (variant) => {
    const docx = await buildLetterDocx(
      loadFixtureLetter('formatting'),
      variant,
      loadFixtureSettings('letterhead'),
    );
    expect(readInventory(openDocx(docx))).toEqual({ ...none, comments: [] });
  });
});

describe('the counting rules', () => {
  it('matches namespaces by URI, whatever their prefix', () => {
    const body = p(
      `<x:ins xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${run('a')}</x:ins>`,
    );
    // A "w:" prefix bound to another namespace is not WordprocessingML.
    const impostor = p(`<w:ins xmlns:w="urn:not-word">${run('b')}</w:ins>`);
    expect(readInventory(docWith(body + impostor)).trackedChanges).toEqual({ insertions: 1, deletions: 0 });
  });

  it('counts moves as insertions and deletions, and a paragraph mark only when its runs have no change', () => {
    const mark = (kind: string) => `<w:pPr><w:rPr><w:${kind} w:id="9" w:author="A"/></w:rPr></w:pPr>`;
    const body =
      p(`<w:moveFrom w:id="1"><w:r><w:delText>x</w:delText></w:r></w:moveFrom>`) +
      p(`<w:moveTo w:id="2">${run('x')}</w:moveTo>`) +
      p(`${mark('ins')}<w:ins w:id="3">${run('whole new paragraph')}</w:ins>`) +
      p(`${mark('del')}${run('merged with the next')}`) +
      p(
        `<w:r><w:rPr><w:b/><w:rPrChange w:id="4" w:author="A"><w:rPr/></w:rPrChange></w:rPr><w:t>bold now</w:t></w:r>`,
      );
    expect(readInventory(docWith(body)).trackedChanges).toEqual({ insertions: 2, deletions: 2 });
  });

  it('counts tracked changes in footnotes and endnotes too', () => {
    const notes = (kind: string) =>
      `<w:${kind}s ${NAMESPACES}><w:${kind} w:id="1">${p(`<w:del w:id="1"><w:r><w:delText>old</w:delText></w:r></w:del>`)}</w:${kind}></w:${kind}s>`;
    const pkg = docWith(p(run('text')), {
      'word/footnotes.xml': notes('footnote'),
      'word/endnotes.xml': notes('endnote'),
    });
    expect(readInventory(pkg).trackedChanges).toEqual({ insertions: 0, deletions: 2 });
  });

  it('counts a table once with the tables nested in it, and a text box once for its Choice and its Fallback', () => {
    const table = (cell: string) => `<w:tbl><w:tr><w:tc>${cell}</w:tc></w:tr></w:tbl>`;
    const textBox = (inner: string) =>
      '<w:r><mc:AlternateContent>' +
      `<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r>';
    const body =
      table(table(p(run('nested')))) + table(p(run('second'))) + p(textBox(table(p(run('in a box')))));
    expect(readInventory(docWith(body))).toMatchObject({ tables: 3, textBoxes: 1, images: 0 });
  });

  it('counts pictures, DrawingML and VML, but not text boxes or horizontal rules', () => {
    const body =
      p(
        '<w:r><w:drawing><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"/></w:drawing></w:r>',
      ) +
      p('<w:r><w:pict><v:shape><v:imagedata r:id="rId9" xmlns:r="urn:r"/></v:shape></w:pict></w:r>') +
      p('<w:r><w:pict><v:rect o:hr="t" xmlns:o="urn:schemas-microsoft-com:office:office"/></w:pict></w:r>') +
      p(
        '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' +
          p(run('box')) +
          '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>',
      );
    expect(readInventory(docWith(body))).toMatchObject({ images: 2, textBoxes: 1 });
  });

  it('counts footnote and endnote references as notes', () => {
    const body = p(
      `${run('a')}<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>`,
    );
    expect(readInventory(docWith(body)).notes).toBe(2);
  });
});

describe('Word comments', () => {
  it('reads LibreOffice’s comments: text, anchors, a reply (a range-less comment right after its parent) and resolved', () => {
    expect(readInventory(open('libreoffice-tracked-comments')).comments).toEqual([
      {
        id: '0',
        author: 'Li Wei',
        date: '2026-11-20T09:00:00Z',
        text: '请核对这一说法。',
        anchor: '中方立场',
        replies: [],
        resolved: false,
      },
      {
        id: '1',
        author: 'Anna Reviewer',
        date: '2026-11-20T09:30:00Z',
        text: 'Name the agreement.\nAnd give its year.',
        anchor: 'the trade agreement',
        replies: [{ author: 'Li Wei', date: '2026-11-20T11:00:00Z', text: 'Done: the 2024 agreement.' }],
        resolved: false,
      },
      {
        id: '3',
        author: 'Anna Reviewer',
        date: '2026-11-20T09:45:00Z',
        text: 'Fine as it is.',
        anchor: '',
        replies: [],
        resolved: true,
      },
    ]);
  });

  it('reads Word’s threads: replies by paraIdParent, oldest first, anchors across paragraphs, tabs kept, deletions left out', () => {
    expect(readWordComments(open('word-comments'))).toEqual([
      {
        id: '0',
        author: 'Anna Reviewer',
        date: '2026-11-20T09:00:00Z',
        text: 'Which year?\nSay it in the text.',
        anchor: 'signed\tin 2024',
        replies: [
          { author: 'Li Wei', date: '2026-11-20T10:00:00Z', text: 'Added: 2024.' },
          { author: 'Anna Reviewer', date: '2026-11-20T11:00:00Z', text: 'Thanks.' },
        ],
        resolved: false,
      },
      {
        id: '3',
        author: 'Anna Reviewer',
        date: '2026-11-20T09:30:00Z',
        text: 'Too long?',
        anchor: 'It is a long text\nof many pages.',
        replies: [],
        resolved: true,
      },
    ]);
  });

  it('has no comments where the file has none', () => {
    for (const name of ['pandoc', 'unsupported', 'word-numbered-lists'])
      expect(readWordComments(open(name))).toEqual([]);
  });

  it('reads overlapping ranges, a comment without a date, and a range inside a text box once', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const comments =
      `<w:comments xmlns:w="${W}">` +
      `<w:comment w:id="5" w:author="A"><w:p>${run('outer')}</w:p></w:comment>` +
      `<w:comment w:id="6" w:author="B"><w:p>${run('inner')}</w:p></w:comment>` +
      `<w:comment w:id="7" w:author="C"><w:p>${run('boxed')}</w:p></w:comment>` +
      '</w:comments>';
    const boxed = `<w:commentRangeStart w:id="7"/>${run('quoted')}<w:commentRangeEnd w:id="7"/>`;
    const body =
      p(
        `<w:commentRangeStart w:id="5"/>${run('one ')}<w:commentRangeStart w:id="6"/>${run('two')}` +
          `<w:commentRangeEnd w:id="5"/>${run(' three')}<w:commentRangeEnd w:id="6"/>`,
      ) +
      p(
        '<w:r><mc:AlternateContent>' +
          `<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p(boxed)}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:textbox><w:txbxContent>${p(boxed)}</w:txbxContent></v:textbox></w:pict></mc:Fallback>` +
          '</mc:AlternateContent></w:r>',
      );
    const read = readWordComments(docWith(body, { 'word/comments.xml': comments }));
    expect(read.map(({ id, anchor }) => ({ id, anchor }))).toEqual([
      { id: '5', anchor: 'one two' },
      { id: '6', anchor: 'two three' },
      { id: '7', anchor: 'quoted' },
    ]);
    expect(read[0]).not.toHaveProperty('date');
  });
});
