/** The DOCX export with the office's settings: letterhead, page numbers, house style, reference line. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportVariant } from '../../core/contract';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import type { Letter } from '../../core/letter';
import { defaultSettings, type AppSettings } from '../../core/settings';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { loadFixtureSettings, logoFromBytes } from '../fixtures/loadSettings';
import { readDocx, type DocxContents, type DocxPart } from '../helpers/docxText';
import { makePng } from '../helpers/png';
import { childElements, find, findAll, parseXml, textOf } from '../helpers/xml';

const euobserver = loadFixtureLetter('euobserver-rebuttal');
const settings = loadFixtureSettings('letterhead');
const EMU_PER_CM = 360000;

const exportDocx = async (
  variant: ExportVariant,
  options: AppSettings = settings,
  letter: Letter = euobserver,
) => readDocx(await buildLetterDocx(letter, variant, options));

const lines = (part: DocxPart | undefined) => part?.paragraphs.map((p) => p.text).filter(Boolean) ?? [];
const coreProperty = (doc: DocxContents, name: string) => textOf(find(parseXml(doc.coreXml), name)!);
const withHouseStyle = (houseStyle: Partial<AppSettings['houseStyle']>): AppSettings => ({
  ...settings,
  houseStyle: { ...settings.houseStyle, ...houseStyle },
});

const ENGLISH_FIRST = [
  'Embassy of the People’s Republic of China in the Kingdom of Belgium',
  '中华人民共和国驻比利时王国大使馆',
  'Avenue de Tervueren 443–445, 1150 Brussels, Belgium',
  'Tel. +32 2 000 00 00  ·  press@embassy.example  ·  www.embassy.example',
];
const CHINESE_FIRST = [ENGLISH_FIRST[1], ENGLISH_FIRST[0], ...ENGLISH_FIRST.slice(2)];

describe('letterhead from Settings', () => {
  let editor: DocxContents;
  let bilingual: DocxContents;
  let chinese: DocxContents;
  beforeAll(async () => {
    [editor, bilingual, chinese] = await Promise.all(
      (['editor', 'bilingual', 'chinese'] as const).map((variant) => exportDocx(variant)),
    );
  });

  it('prints logo, both names and the contact details in the first-page header, English first', () => {
    const [section] = editor.sections();
    expect(section.titlePage).toBe(true);
    const first = section.headers.first!;
    expect(lines(first)).toEqual(ENGLISH_FIRST);
    expect(first.paragraphs.map((p) => p.style)).toEqual([
      'Letterhead',
      'LetterheadName',
      'LetterheadSecondName',
      'LetterheadDetails',
      'LetterheadDetails',
    ]);
    // The Chinese name is set as Chinese.
    const zh = first.paragraphs[2].runs[0];
    expect(zh.fonts).toMatchObject({ 'w:eastAsia': 'SimSun', 'w:hint': 'eastAsia' });
    expect(zh.lang['w:eastAsia']).toBe('zh-CN');
    // A thin rule under the last line closes the letterhead.
    const last = findAll(parseXml(first.xml), 'w:p').at(-1)!;
    expect(find(last, 'w:pBdr') && childElements(find(last, 'w:pBdr')!, 'w:bottom')[0].attrs).toMatchObject({
      'w:val': 'single',
      'w:sz': '6',
    });
  });

  it('embeds the logo once, as the PNG from Settings, 1.8 cm high', () => {
    const first = editor.sections()[0].headers.first!;
    const [logo] = first.paragraphs[0].drawings;
    expect(logo.cy / EMU_PER_CM).toBeCloseTo(1.8, 2);
    expect(logo.cx).toBe(logo.cy); // the emblem is square
    expect(first.media).toEqual(['word/media/image1.png']);
    expect(editor.files.filter((f) => f.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
    // Both parts of the bilingual export show the same picture, stored once.
    expect(bilingual.files.filter((f) => f.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
  });

  it('keeps a wide logo’s proportions', async () => {
    const wide = {
      ...settings,
      letterhead: { ...settings.letterhead, logo: logoFromBytes(makePng(300, 100)) },
    };
    const [logo] = (await exportDocx('editor', wide)).sections()[0].headers.first!.paragraphs[0].drawings;
    expect(logo.cy / EMU_PER_CM).toBeCloseTo(1.8, 2);
    expect(logo.cx / logo.cy).toBeCloseTo(3, 2);
  });

  it('refuses a logo that is not an image, saying how to fix it', async () => {
    const broken = {
      ...settings,
      letterhead: {
        ...settings.letterhead,
        logo: { mimeType: 'image/png' as const, dataBase64: 'bm90IGFuIGltYWdl', width: 10, height: 10 },
      },
    };
    await expect(buildLetterDocx(euobserver, 'editor', broken)).rejects.toThrow(
      'The letterhead logo saved in Settings is not a readable PNG or JPEG image. Choose the logo again in Settings (or remove it), then export again.',
    );
  });

  it('puts the Chinese name first on Chinese pages and the English name first on the English letter', () => {
    const [zh, en] = bilingual.sections();
    expect(lines(zh.headers.first)).toEqual(CHINESE_FIRST);
    expect(lines(en.headers.first)).toEqual(ENGLISH_FIRST);
    expect(lines(chinese.sections()[0].headers.first)).toEqual(CHINESE_FIRST);
  });

  it('runs a small header with the organisation’s name on later pages, in the part’s language', () => {
    const [zh, en] = bilingual.sections();
    expect(lines(en.headers.default)).toEqual([ENGLISH_FIRST[0]]);
    expect(lines(zh.headers.default)).toEqual([CHINESE_FIRST[0]]);
    expect(en.headers.default!.paragraphs[0].style).toBe('Header');
  });

  it('numbers pages from page 2 with a PAGE field that already holds a number', () => {
    const [zh, en] = bilingual.sections();
    expect(lines(en.footers.first)).toEqual([]);
    const page = en.footers.default!.paragraphs[0];
    expect(page).toMatchObject({ text: 'Page 2', fields: ['PAGE'], style: 'Footer' });
    expect(en.footers.default!.xml).toMatch(
      /<w:fldSimple w:instr="PAGE"><w:r><w:t[^>]*>2<\/w:t><\/w:r><\/w:fldSimple>/,
    );
    expect(zh.footers.default!.paragraphs[0].text).toBe('第 2 页');
    expect(lines(zh.footers.first)).toEqual([]);
  });

  it('leaves out a letterhead line whose settings are empty, and the logo when there is none', async () => {
    const partial = {
      ...settings,
      letterhead: { ...settings.letterhead, organisationZh: '', phone: '', email: '', logo: null },
    };
    const doc = await exportDocx('editor', partial);
    expect(lines(doc.sections()[0].headers.first)).toEqual([
      ENGLISH_FIRST[0],
      ENGLISH_FIRST[2],
      'www.embassy.example',
    ]);
    expect(doc.files.some((f) => f.startsWith('word/media/'))).toBe(false);
  });

  it('prints no header at all without a letterhead, but still numbers later pages', async () => {
    const doc = await exportDocx('bilingual', defaultSettings());
    for (const section of doc.sections()) {
      expect(section.headers).toEqual({});
      expect(section.footers.default!.paragraphs[0].fields).toEqual(['PAGE']);
    }
    expect(doc.files.filter((f) => /header/.test(f))).toEqual([]);
  });

  it('names the letterhead’s organisation as author, else the signatory’s, with title and publication', async () => {
    expect(coreProperty(editor, 'dc:creator')).toBe(ENGLISH_FIRST[0]);
    expect(coreProperty(editor, 'cp:lastModifiedBy')).toBe(ENGLISH_FIRST[0]);
    expect(coreProperty(editor, 'dc:title')).toBe(
      'EUobserver: Beijing accused of scientific spying in Brussels labs',
    );
    expect(coreProperty(editor, 'dc:subject')).toBe('EUobserver');
    const plain = await exportDocx('editor', defaultSettings());
    expect(coreProperty(plain, 'dc:creator')).toBe('Embassy of China in Belgium');
  });
});

describe('house style from Settings', () => {
  it('writes the date line and the reference line in the house date format', async () => {
    const letter = { ...euobserver, showReference: true };
    const british = await exportDocx('editor', settings, letter);
    expect(british.paragraphsText().slice(0, 4)).toEqual([
      'Brussels, 8 May 2020',
      'The Editor, EUobserver',
      'Re: Beijing accused of scientific spying in Brussels labs, 6 May 2020',
      'Dear Sir/Madame,',
    ]);
    const american = await exportDocx('editor', withHouseStyle({ dateFormat: 'month-day-year' }), letter);
    expect(american.paragraphsText()[0]).toBe('Brussels, May 8, 2020');
    expect(american.paragraphsText()[2]).toBe(
      'Re: Beijing accused of scientific spying in Brussels labs, May 6, 2020',
    );
  });

  it('gives the reference line its own bold style, and leaves it out unless the letter asks for it', async () => {
    const doc = await exportDocx('editor', settings, { ...euobserver, showReference: true });
    expect(doc.paragraphs()[2].style).toBe('Reference');
    const style = findAll(doc.styles, 'w:style').find((s) => s.attrs['w:styleId'] === 'Reference')!;
    expect(find(style, 'w:b')).toBeDefined();
    const without = await exportDocx('editor', settings, { ...euobserver, showReference: false });
    expect(without.paragraphs().some((p) => p.style === 'Reference')).toBe(false);
  });

  it('sets the document’s Latin and East Asian fonts from the house style', async () => {
    const doc = await exportDocx(
      'bilingual',
      withHouseStyle({ latinFont: 'Georgia', eastAsianFont: 'Microsoft YaHei' }),
    );
    const defaults = find(doc.styles, 'w:docDefaults')!;
    expect(find(defaults, 'w:rFonts')!.attrs).toMatchObject({
      'w:ascii': 'Georgia',
      'w:hAnsi': 'Georgia',
      'w:cs': 'Georgia',
      'w:eastAsia': 'Microsoft YaHei',
    });
    expect(find(defaults, 'w:lang')!.attrs).toMatchObject({ 'w:eastAsia': 'zh-CN' });
    const headline = doc.paragraphs()[0];
    for (const run of headline.runs.filter((r) => /\p{Script=Han}/u.test(r.text))) {
      expect(run.fonts['w:eastAsia']).toBe('Microsoft YaHei');
    }
    expect(doc.numberingXml).toContain('w:ascii="Georgia"');
    expect(doc.numberingXml).not.toContain('Times New Roman');
  });

  it('cleans font names of characters a file cannot hold, and falls back to the default when nothing is left', async () => {
    const doc = await exportDocx(
      'editor',
      withHouseStyle({ latinFont: 'Times\u0007 New Roman', eastAsianFont: '\u0001\u0002' }),
    );
    expect(find(find(doc.styles, 'w:docDefaults')!, 'w:rFonts')!.attrs).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:eastAsia': 'SimSun',
    });
  });
});
