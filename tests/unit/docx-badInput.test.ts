/**
 * The worst input a letter and Settings can hold still exports a file Word
 * opens: forbidden characters are gone from every part, odd structures degrade
 * to text, and nothing unsafe becomes a link.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_VARIANTS } from '../../core/contract';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { hasInvalidXmlChars } from '../../core/sanitize';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';
import { readDocx, type DocxContents, type DocxParagraph } from '../helpers/docxText';
import { find, findAll, parseXml, textOf } from '../helpers/xml';

const letter = loadFixtureLetter('worst-bad-input');
const settings = loadFixtureSettings('bad-input');

let docs: Record<string, DocxContents>;
let doc: DocxContents;
beforeAll(async () => {
  const read = async (variant: (typeof EXPORT_VARIANTS)[number]) =>
    [variant, await readDocx(await buildLetterDocx(letter, variant, settings))] as const;
  docs = Object.fromEntries(await Promise.all(EXPORT_VARIANTS.map(read)));
  doc = docs.bilingual;
});

function paragraphWith(text: string | RegExp): DocxParagraph {
  const found = doc
    .paragraphs()
    .find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (!found) throw new Error(`no paragraph ${text}`);
  return found;
}

describe('worst-bad-input letter with bad-input settings', () => {
  it('keeps forbidden characters out of every part of every variant, headers and properties included', () => {
    for (const [variant, contents] of Object.entries(docs)) {
      const parts = Object.entries(contents.xmlParts);
      expect(parts.map(([path]) => path)).toEqual(
        expect.arrayContaining(['word/header1.xml', 'docProps/core.xml']),
      );
      for (const [path, xml] of parts) {
        expect(hasInvalidXmlChars(xml), `${variant} ${path}`).toBe(false);
        expect(() => parseXml(xml), `${variant} ${path}`).not.toThrow();
      }
    }
  });

  it('prints the text around the removed characters, and keeps a valid surrogate pair', () => {
    expect(paragraphWith(/^Controlchars/).text).toBe(
      'Controlchars gone, lone high and low surrogates, a kept pair 😀.',
    );
    expect(paragraphWith(/^A Super/).text).toHaveLength(2 + 10000 + 6);
    expect(doc.sections()[0].paragraphs[0].text).toBe('坏输入标题');
    expect(paragraphWith('Tabs\tand\nnewlines\nin\ntext\n\tend').style).toBe('BodyText');
  });

  it('writes Settings text and file properties escaped and clean', () => {
    const header = doc.sections()[1].headers.first!;
    expect(header.paragraphs.map((p) => p.text)).toEqual([
      '',
      'Bad Input & <Sons> Ltd',
      '坏输入公司',
      'Line one, Line two',
      'Tel. +1 555 0100  ·  "quoted"@example.com  ·  https://example.com/?a=1&b=<2>',
    ]);
    const core = parseXml(doc.coreXml);
    expect(textOf(find(core, 'dc:title')!)).toBe('Worst input & <title>');
    expect(textOf(find(core, 'dc:creator')!)).toBe('Bad Input & <Sons> Ltd');
    expect(textOf(find(core, 'dc:subject')!)).toBe('Bad Paper & <Co>');
    expect(paragraphWith(/^XML specials/).text).toBe(
      'XML specials: <w:t>&amp; "quotes" \'apos\' ]]> <!-- -->',
    );
  });

  it('drops empty paragraphs at the start and end of the body and the preface', () => {
    const [chinese, english] = doc.sections();
    expect(chinese.paragraphs[0].style).toBe('ChineseHeadline');
    expect(chinese.paragraphs.at(-1)!.style).toBe('ChineseDate');
    const body = english.paragraphs.filter(
      (p) => !['LetterDate', 'Addressee', 'Reference', 'Salutation'].includes(p.style!),
    );
    expect(body[0].text).toMatch(/^Controlchars/);
    expect(english.paragraphs.at(-5)!.text).toBe('Unknown placeholder: [nope.never] and [].');
  });

  it('shows lists deeper than Word allows at its deepest level', () => {
    const level = (text: string) =>
      doc
        .paragraphs()
        .filter((p) => p.text === text)
        .map((p) => p.numbering!.level);
    expect(level('Level 9')).toEqual([8, 8]);
    expect(level('Level 12')).toEqual([8]);
  });

  it('starts a numbered list at the number the editor shows, and an invalid start at 1', () => {
    const startOf = (text: string) => {
      const { numId } = paragraphWith(text).numbering!;
      const num = findAll(doc.numbering, 'w:num').find((n) => n.attrs['w:numId'] === numId)!;
      const abstractId = find(num, 'w:abstractNumId')!.attrs['w:val'];
      const abstract = findAll(doc.numbering, 'w:abstractNum').find(
        (a) => a.attrs['w:abstractNumId'] === abstractId,
      )!;
      const override = find(num, 'w:startOverride')?.attrs['w:val'];
      return Number(override ?? find(abstract, 'w:start')!.attrs['w:val']);
    };
    expect(startOf('Starts at five')).toBe(5);
    expect(paragraphWith('then six').numbering).toEqual(paragraphWith('Starts at five').numbering);
    expect(startOf('Negative start falls back to one')).toBe(1);
  });

  it('links only well-formed web and mail addresses; the rest prints as text', () => {
    const links = paragraphWith('Links: huge script spaced data escaped mail.').runs.filter(
      (run) => run.link,
    );
    expect(links.map((run) => [run.text, run.link])).toEqual([
      ['escaped', 'https://example.com/ok?q=%3Ctag%3E&r=%221%22'],
      ['mail', 'mailto:letters@example.com'],
    ]);
    expect(doc.relsXml).not.toMatch(/javascript:|data:|aaaaaaaaaa/);
  });

  it('degrades unknown nodes to their text, bogus headings to Heading 1, and caps indents inside the page', () => {
    expect(paragraphWith('Mystery inline sparkle text').style).toBe('BodyText');
    expect(doc.documentXml).not.toContain('ignored picture');
    expect(paragraphWith('Heading with bogus tag').style).toBe('Heading1');
    expect(paragraphWith('Bogus alignment').alignment).toBeNull();
    expect(doc.documentXml).toMatch(/<w:ind w:left="5760"\/>.*?Absurd indent/);
    expect(paragraphWith('Stray list item').numbering).toBeNull();
  });

  it('cleans the house fonts, falling back to the default East Asian font', () => {
    expect(find(find(doc.styles, 'w:docDefaults')!, 'w:rFonts')!.attrs).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:eastAsia': 'SimSun',
    });
  });
});
