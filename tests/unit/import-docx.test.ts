/**
 * The DOCX import's reading of files LetterDesk did not write: Word's and
 * LibreOffice's formats, headings, links and numbered lists (DOCX files made
 * here with the `docx` package), the letter's parts recognised from the text,
 * the Chinese/English split, and Word comments anchored on their text.
 */
import { readFileSync } from 'node:fs';
import { withDOM } from '@lexical/headless/dom';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { letterStyles } from '../../core/docx/styles';
import { TEXT_FORMAT, walk, type EditorDoc, type SerializedNode } from '../../core/editorDoc';
import { anchorComments } from '../../core/import/anchorComments';
import type { DocxInventory, WordComment } from '../../core/import/docxPackage';
import { importDocx as viaEntry } from '../../core/import/docxImportEntry';
import { emptyInventory } from '../../core/import/docxInventory';
import { htmlToBlocks } from '../../core/import/htmlToEditorDocs';
import { importDocx, readDocxLetter } from '../../core/import/importDocx';
import { STYLE_NAMES } from '../../core/import/ldParts';
import {
  blockText,
  isClosing,
  isSalutation,
  readChineseDateLine,
  readEnglishDateLine,
  recogniseParts,
} from '../../core/import/recogniseParts';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { LETTER_TITLE_MAX, newBlankLetter } from '../../core/letter';
import { parseLetter } from '../../core/schemas/letter';
import { defaultSettings } from '../../core/settings';

const NO_INVENTORY: DocxInventory = emptyInventory();

const OPTIONS = { settings: defaultSettings(), now: new Date('2026-11-30T10:00:00Z') };

function idMaker(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

async function foreignDocx(children: ISectionOptions['children']): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'numbers',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.pack(doc, 'uint8array') as Promise<Uint8Array>;
}

async function importOf(children: ISectionOptions['children']) {
  return readDocxLetter(await foreignDocx(children), NO_INVENTORY, { ...OPTIONS, newId: idMaker() });
}

/** Every text node of a document: its text and format bits. */
function texts(doc: EditorDoc): Array<{ text: string; format: number }> {
  const out: Array<{ text: string; format: number }> = [];
  walk(doc.root, (node) => {
    if (node.type === 'text') out.push({ text: String(node.text), format: Number(node.format) });
  });
  return out;
}

/** Blocks from plain HTML through the paste path: for the recognition of the letter's parts. */
const blocksOf = (html: string) => withDOM(() => htmlToBlocks(html));
const partsOf = (lines: string[]) => recogniseParts(blocksOf(lines.map((line) => `<p>${line}</p>`).join('')));

describe('DOCX import: what Word and LibreOffice write', () => {
  it('keeps bold, italic, underline and strikethrough', async () => {
    const { letter } = await importOf([
      new Paragraph({
        children: [
          new TextRun({ text: 'bold', bold: true }),
          new TextRun(' '),
          new TextRun({ text: 'italic', italics: true }),
          new TextRun(' '),
          new TextRun({ text: 'under', underline: {} }),
          new TextRun(' '),
          new TextRun({ text: 'struck', strike: true }),
        ],
      }),
    ]);
    const formats = Object.fromEntries(texts(letter.body).map(({ text, format }) => [text, format]));
    expect(formats).toMatchObject({
      bold: TEXT_FORMAT.bold,
      italic: TEXT_FORMAT.italic,
      under: TEXT_FORMAT.underline,
      struck: TEXT_FORMAT.strikethrough,
    });
  });

  it('keeps safe links as links and unsafe ones as their text', async () => {
    const { letter } = await importOf([
      new Paragraph({
        children: [
          new ExternalHyperlink({ link: 'https://example.org/a?b=1', children: [new TextRun('safe')] }),
          new TextRun(' and '),
          new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('unsafe')] }),
          new TextRun(' and '),
          new ExternalHyperlink({ link: 'file:///etc/passwd', children: [new TextRun('local')] }),
        ],
      }),
    ]);
    const links: SerializedNode[] = [];
    walk(letter.body.root, (node) => node.type === 'link' && links.push(node));
    expect(links.map((link) => [link.url, blockText(link)])).toEqual([['https://example.org/a?b=1', 'safe']]);
    expect(blockText(letter.body.root)).toBe('safe and unsafe and local');
  });

  it('reads headings 1–6 and the Title as the editor’s three levels', async () => {
    const { letter } = await importOf([
      new Paragraph({ text: 'Title', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'One', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Two', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Three', heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ text: 'Four', heading: HeadingLevel.HEADING_4 }),
      new Paragraph({ text: 'Six', heading: HeadingLevel.HEADING_6 }),
      new Paragraph('Text.'),
    ]);
    expect(letter.body.root.children.map((node) => [node.type, node.tag ?? null, blockText(node)])).toEqual([
      ['heading', 'h1', 'Title'],
      ['heading', 'h1', 'One'],
      ['heading', 'h2', 'Two'],
      ['heading', 'h3', 'Three'],
      ['heading', 'h3', 'Four'],
      ['heading', 'h3', 'Six'],
      ['paragraph', null, 'Text.'],
    ]);
  });

  it('reads Word’s numbered and bulleted lists as nested lists', async () => {
    const numbered = (text: string, level: number) =>
      new Paragraph({ text, numbering: { reference: 'numbers', level } });
    const { letter } = await importOf([
      numbered('One', 0),
      numbered('One a', 1),
      numbered('One a i', 2),
      numbered('Two', 0),
      new Paragraph('Between.'),
      new Paragraph({ text: 'Bullet', bullet: { level: 0 } }),
      new Paragraph({ text: 'Nested bullet', bullet: { level: 1 } }),
    ]);
    const [list, between, bullets] = letter.body.root.children;
    expect(list).toMatchObject({ type: 'list', listType: 'number' });
    expect(between).toMatchObject({ type: 'paragraph' });
    expect(bullets).toMatchObject({ type: 'list', listType: 'bullet' });
    // Lexical nests a list in an item of its own after the item it belongs to.
    const nested = list.children![1].children![0];
    expect(nested).toMatchObject({ type: 'list', listType: 'number' });
    expect(blockText(nested.children![0])).toBe('One a');
    expect(nested.children![1].children![0]).toMatchObject({ type: 'list' });
    expect(blockText(list)).toContain('One a i');
    expect(blockText(bullets.children![1].children![0])).toBe('Nested bullet');
  });

  it('strips characters XML cannot hold', async () => {
    const { letter } = await readDocxLetter(await foreignDocx([new Paragraph('ok')]), NO_INVENTORY, OPTIONS);
    expect(blockText(letter.body.root)).toBe('ok');
    const blocks = blocksOf('<p>a\u0007b\uFFFEc</p>');
    expect(blockText(blocks[0].node)).toBe('abc');
  });

  it('keeps footnotes’ text as paragraphs at the end, each opening with its mark', () => {
    const blocks = blocksOf(
      '<p>Claim<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p><p>Yours sincerely,</p><p>A Person</p>' +
        '<ol><li id="footnote-1"><p>The source. <a href="#footnote-ref-1">↑</a></p></li></ol>',
    );
    const parts = recogniseParts(blocks);
    expect(parts.body.map(blockText)).toEqual(['Claim[1].', '[1] The source.']);
    expect(parts.closing).toBe('Yours sincerely,');
    expect(parts.signatory?.nameEn).toBe('A Person');
  });
});

describe('DOCX import: the letter’s parts', () => {
  it.each([
    'Dear Sir/Madam,',
    'Dear Sir/Madame,',
    'Dear Editor,',
    'Sir,',
    'Sir, –',
    'Sir, -',
    'Dear Mr Smith,',
    'Dear Ms Jones:',
    'Madam,',
    'To the Editor:',
  ])('recognises the salutation “%s”', (salutation) => {
    expect(isSalutation(salutation)).toBe(true);
    const parts = partsOf(['The Editor', 'The Times', salutation, 'The letter.', 'Yours sincerely,']);
    expect(parts.salutation).toBe(salutation);
    expect(parts.addressee).toBe('The Editor\nThe Times');
  });

  it.each([
    'Yours sincerely,',
    'Yours faithfully,',
    'Sincerely,',
    'Yours truly,',
    '– Yours, etc,',
    'Yours, etc.',
    'Kind regards,',
    'With best regards,',
  ])('recognises the closing “%s”', (closing) => {
    expect(isClosing(closing)).toBe(true);
    const parts = partsOf([
      'Dear Editor,',
      'The letter.',
      closing,
      'Zhang Ming',
      'Press Counsellor',
      'Embassy',
    ]);
    expect(parts.closing).toBe(closing);
    expect(parts.signatory).toMatchObject({
      nameEn: 'Zhang Ming',
      titleEn: 'Press Counsellor',
      organisationEn: 'Embassy',
    });
    expect(parts.body.map(blockText)).toEqual(['The letter.']);
  });

  it('leaves sentences that only start like a salutation or a closing in the text', () => {
    for (const line of [
      'Dear readers will know, as the article said, that it is wrong.',
      'Yours is the best paper.',
    ]) {
      expect(isSalutation(line) || isClosing(line)).toBe(false);
    }
    const parts = partsOf(['The letter.', 'Yours sincerely,', 'One', 'Two', 'Three', 'Four']);
    // Four lines after it are not a signatory block: nothing is taken out of the text.
    expect(parts.closing).toBeUndefined();
    expect(parts.body).toHaveLength(6);
  });

  it('reads the date line in the house style’s forms, after a place or alone', () => {
    expect(readEnglishDateLine('30 November 2026')).toEqual({ date: '2026-11-30', place: '' });
    expect(readEnglishDateLine('November 30, 2026')).toEqual({ date: '2026-11-30', place: '' });
    expect(readEnglishDateLine('Brussels, 30 November 2026')).toEqual({
      date: '2026-11-30',
      place: 'Brussels',
    });
    expect(readEnglishDateLine('Washington, DC, November 3rd, 2026')).toEqual({
      date: '2026-11-03',
      place: 'Washington, DC',
    });
    expect(readEnglishDateLine('05/11/2026')).toEqual({ date: '2026-11-05', place: '' });
    expect(readEnglishDateLine('05/11/2026', 'month-day-year')).toEqual({ date: '2026-05-11', place: '' });
    expect(readEnglishDateLine('31 February 2026')).toBeNull();
    expect(readEnglishDateLine('We met on 30 November 2026 in Brussels')).toBeNull();
    expect(readChineseDateLine('2026年11月30日')).toBe('2026-11-30');
    const parts = partsOf(['Brussels, 30 November 2026', 'Dear Editor,', 'Text.']);
    expect(parts).toMatchObject({ date: '2026-11-30', place: 'Brussels', salutation: 'Dear Editor,' });
    expect(parts.addressee).toBeUndefined();
  });

  it('splits the Chinese preface from the English letter: headline, date line, the rest', () => {
    const parts = partsOf([
      '驳《某报》的不实报道',
      '近日，《某报》刊登文章，歪曲事实。',
      '信函全文如下：',
      '2026年11月30日',
      'Dear Editor,',
      'Your article of 28 November is wrong about “一带一路”.',
      'Yours faithfully,',
      'Li Wei',
    ]);
    expect(parts.preface[0]).toMatchObject({ type: 'heading', tag: 'h1' });
    expect(parts.preface.map(blockText)).toEqual([
      '驳《某报》的不实报道',
      '近日，《某报》刊登文章，歪曲事实。',
      '信函全文如下：',
    ]);
    expect(parts.date).toBe('2026-11-30');
    expect(parts.body.map(blockText)).toEqual(['Your article of 28 November is wrong about “一带一路”.']);
    expect(parts.title).toBe('驳《某报》的不实报道');
    expect(parts.recognised).toEqual(['preface', 'body', 'date', 'salutation', 'closing', 'signatory']);
  });

  it('takes the first line as the title when there is no preface, and an English date over the Chinese one', () => {
    const parts = partsOf(['标题', '2026年1月2日', '3 March 2026', 'Dear Editor,', 'First line here.']);
    expect(parts.date).toBe('2026-03-03');
    const english = partsOf(['Dear Editor,', 'First line here.', 'Second.']);
    expect(english.title).toBe('First line here.');
    // A first line that is a whole paragraph is shortened to a title's length.
    const long = partsOf([`${'word '.repeat(100)}end.`]).title;
    expect(Array.from(long)).toHaveLength(LETTER_TITLE_MAX);
    expect(long.endsWith('word…')).toBe(true);
    expect(english.preface).toEqual([]);
  });

  it('names LetterDesk’s own export styles as the export does', () => {
    const names = new Map(
      (letterStyles({ latin: 'Times New Roman', eastAsian: 'SimSun' }).paragraphStyles ?? []).map((style) => [
        style.name,
        style.id,
      ]),
    );
    for (const name of Object.values(STYLE_NAMES)) expect(names.has(name), name).toBe(true);
  });
});

describe('DOCX import: Word comments', () => {
  const comment = (over: Partial<WordComment>): WordComment => ({
    id: '0',
    author: 'Reviewer',
    date: '2026-11-29T09:00:00Z',
    text: 'Check this.',
    anchor: '',
    replies: [],
    resolved: false,
    ...over,
  });
  const docs = () => ({
    preface: editorDoc([paragraphNode([textNode('中文导语，事实。')])]),
    body: editorDoc([
      paragraphNode([textNode('The first claim is '), textNode('false', TEXT_FORMAT.bold), textNode('.')]),
      paragraphNode([textNode('The claim again.')]),
    ]),
  });
  const marks = (doc: EditorDoc) => {
    const found: Array<{ ids: unknown; text: string }> = [];
    walk(doc.root, (node) => node.type === 'mark' && found.push({ ids: node.ids, text: blockText(node) }));
    return found;
  };

  it('marks the first occurrence of each anchor, across formatting, on the side that holds it', () => {
    const result = anchorComments(
      docs(),
      [
        comment({
          anchor: 'claim is false',
          replies: [{ author: 'Author', text: 'Fixed.' }],
          resolved: true,
        }),
        comment({ id: '1', anchor: '事实', author: '审阅人', text: '请核实。' }),
      ],
      { now: OPTIONS.now, newId: idMaker() },
    );
    expect(result.anchored).toBe(2);
    const [first, second] = result.comments;
    expect(marks(result.body)).toEqual([{ ids: [first.id], text: 'claim is false' }]);
    expect(marks(result.preface)).toEqual([{ ids: [second.id], text: '事实' }]);
    expect(first).toMatchObject({
      side: 'body',
      quote: 'claim is false',
      resolved: true,
      createdAt: '2026-11-29T09:00:00.000Z',
      comments: [
        { author: 'Reviewer', text: 'Check this.' },
        { author: 'Author', text: 'Fixed.', createdAt: OPTIONS.now.toISOString() },
      ],
    });
    expect(second).toMatchObject({ side: 'preface', quote: '事实', resolved: false });
    // The text itself is unchanged, bold and all.
    expect(blockText(result.body.root)).toBe(blockText(docs().body.root));
    expect(texts(result.body).find((t) => t.text === 'false')?.format).toBe(TEXT_FORMAT.bold);
  });

  it('keeps a comment whose anchor is not in the text as a detached thread, and counts it', () => {
    const result = anchorComments(
      docs(),
      [comment({ anchor: 'Dear Editor,' }), comment({ anchor: '' }), comment({ anchor: '已删除的文字' })],
      { now: OPTIONS.now, newId: idMaker() },
    );
    expect(result.anchored).toBe(0);
    expect(result.comments.map((thread) => [thread.side, thread.quote])).toEqual([
      ['body', 'Dear Editor,'],
      ['body', ''],
      ['preface', '已删除的文字'],
    ]);
    expect(marks(result.body)).toEqual([]);
  });

  it('gives every thread and comment an id of its own', () => {
    const result = anchorComments(
      docs(),
      [comment({ anchor: 'claim', replies: [{ author: 'B', text: 'Yes.' }] }), comment({ anchor: 'claim' })],
      { now: OPTIONS.now, newId: idMaker() },
    );
    const ids = result.comments.flatMap((thread) => [thread.id, ...thread.comments.map((c) => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    // Two comments on the same words both mark its first occurrence, as two comments made in the
    // editor on one selection do.
    const [first, second] = result.comments.map((thread) => thread.id);
    expect(marks(result.body)).toEqual([
      { ids: [first], text: 'claim' },
      { ids: [second], text: 'claim' },
    ]);
    expect(blockText(result.body.root.children[0])).toBe('The first claim is false.');
    expect(marks(editorDoc([result.body.root.children[0]]))).toHaveLength(2);
  });
});

describe('DOCX import: the foreign fixtures (tests/fixtures/docx)', () => {
  const fixture = (name: string) =>
    importDocx(new Uint8Array(readFileSync(new URL(`../fixtures/docx/${name}.docx`, import.meta.url))), {
      ...OPTIONS,
      newId: idMaker(),
    });
  const marked = (doc: EditorDoc, id: string) => {
    const found: string[] = [];
    walk(doc.root, (node) => {
      if (node.type === 'mark' && (node.ids as string[]).includes(id)) found.push(blockText(node));
    });
    return found;
  };

  it('LibreOffice: tracked changes taken as written, the preface split off, comments anchored and one kept detached', async () => {
    const { letter, report } = await fixture('libreoffice-tracked-comments');
    expect(report).toEqual({
      trackedChanges: { insertions: 2, deletions: 1 },
      comments: { found: 3, anchored: 2 },
      tables: 0,
      textBoxes: 0,
      images: 0,
      notes: 0,
      recognised: ['preface', 'body', 'salutation', 'closing', 'signatory'],
    });
    expect(letter.title).toBe('驻英国使馆发言人就贸易问题致编辑信函');
    expect(letter.preface.root.children.map((node) => [node.type, blockText(node)])).toEqual([
      ['heading', '驻英国使馆发言人就贸易问题致编辑信函'],
      ['paragraph', '本函回应该报十一月十八日的报道，阐明中方立场。'],
    ]);
    expect(letter.body.root.children.map(blockText)).toEqual([
      'Your article of 18 November was misleading about the trade agreement signed in 2024.',
      'We welcome open debate, and facts.',
    ]);
    expect(letter).toMatchObject({ salutation: 'Dear Sir/Madam,', closing: 'Yours sincerely,' });
    const [preface, body, pointComment] = letter.comments;
    expect(marked(letter.preface, preface.id)).toEqual(['中方立场']);
    expect(marked(letter.body, body.id)).toEqual(['the trade agreement']);
    expect(body.comments.map((c) => c.text)).toEqual([
      'Name the agreement.\nAnd give its year.',
      'Done: the 2024 agreement.',
    ]);
    // A comment on a point has no text to mark: a detached thread, resolved as it was.
    expect(pointComment).toMatchObject({ side: 'body', quote: '', resolved: true });
  });

  it('pandoc: headings, a link, nested lists, the closing and signatory', async () => {
    const { letter, report } = await fixture('pandoc');
    expect(report.recognised).toEqual(['body', 'closing', 'signatory']);
    const types = letter.body.root.children.map((node) => [node.type, node.listType ?? node.tag ?? null]);
    expect(types).toEqual([
      ['heading', 'h1'],
      ['heading', 'h2'],
      ['paragraph', null],
      ['paragraph', null],
      ['paragraph', null],
      ['list', 'bullet'],
      ['paragraph', null],
      ['list', 'number'],
    ]);
    const links: SerializedNode[] = [];
    walk(letter.body.root, (node) => node.type === 'link' && links.push(node));
    expect(links.map((link) => link.url)).toEqual(['https://www.example.org/agreement']);
    // The title heading comes before "Dear Sir/Madam,": not a plain salutation, so it stays in the text.
    expect(letter.salutation).toBeUndefined();
    expect(letter).toMatchObject({ closing: 'Yours sincerely,', signatory: { nameEn: 'Zhang San' } });
  });

  it('Word’s numbered lists, three levels deep', async () => {
    const { letter } = await fixture('word-numbered-lists');
    const list = letter.body.root.children[1];
    expect(list).toMatchObject({ type: 'list', listType: 'number' });
    const levelTwo = list.children![2].children![0];
    expect(levelTwo).toMatchObject({ type: 'list', listType: 'number' });
    expect(levelTwo.children![2].children![0]).toMatchObject({ type: 'list', listType: 'number' });
    expect(blockText(levelTwo.children![2].children![0])).toBe('the last text was settled.');
  });

  it('unsupported content: tables and text boxes as text, pictures left out, notes at the end, all counted', async () => {
    const { letter, report } = await fixture('unsupported');
    expect(report).toMatchObject({ tables: 1, textBoxes: 1, images: 1, notes: 2 });
    expect(letter.body.root.children.map(blockText)).toEqual([
      'The figures[1] are these:',
      'Year',
      'Trade',
      '2025',
      '£1bn',
      'A quotation in a text box.',
      'Our emblem:',
      // An endnote's mark on the closing line: not a plain closing, so it stays in the text.
      'Yours sincerely,[2]',
      'Zhang San',
      '[1] Office for National Statistics, 2026.',
      '[2] Written in a personal capacity.',
    ]);
  });

  it('Word’s comment threads: replies, resolved, and an anchor across two paragraphs', async () => {
    const { letter, report } = await fixture('word-comments');
    expect(report.comments).toEqual({ found: 2, anchored: 2 });
    const [thread, resolved] = letter.comments;
    expect(thread.comments.map((c) => [c.author, c.text])).toEqual([
      ['Anna Reviewer', 'Which year?\nSay it in the text.'],
      ['Li Wei', 'Added: 2024.'],
      ['Anna Reviewer', 'Thanks.'],
    ]);
    expect(marked(letter.body, thread.id)).toEqual(['signed in 2024']);
    expect(resolved).toMatchObject({ resolved: true, quote: 'It is a long text of many pages.' });
    expect(marked(letter.body, resolved.id)).toEqual(['It is a long text', 'of many pages.']);
  });
});

describe('DOCX import: a letter the store accepts', () => {
  it.each(['libreoffice-tracked-comments', 'pandoc', 'word-numbered-lists', 'unsupported', 'word-comments'])(
    '%s',
    async (name) => {
      const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/docx/${name}.docx`, import.meta.url)));
      const { letter: imported } = await importDocx(bytes, OPTIONS);
      const { signatory, place, ...parts } = imported;
      const letter = {
        ...newBlankLetter({ id: 'imported', now: OPTIONS.now }),
        ...parts,
        ...(place ? { place } : {}),
        ...(signatory ? { signatory: { id: 'signatory', ...signatory } } : {}),
      };
      expect(() => parseLetter(letter)).not.toThrow();
    },
  );
});

describe('DOCX import: the main process’s entry (docxImportEntry.js)', () => {
  it('is the import, loaded on the first call, with the import’s own signature', async () => {
    expectTypeOf(viaEntry).toEqualTypeOf<typeof importDocx>();
    const bytes = new Uint8Array(
      readFileSync(new URL('../fixtures/docx/word-comments.docx', import.meta.url)),
    );
    const direct = await importDocx(bytes, { ...OPTIONS, newId: idMaker() });
    expect(await viaEntry(bytes, { ...OPTIONS, newId: idMaker() })).toEqual(direct);
  });
});
