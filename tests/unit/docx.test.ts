import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportVariant } from '../../core/contract';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { docToPlainText } from '../../core/document/plainText';
import { displayTitle, type Letter } from '../../core/letter';
import { resolvePlaceholder } from '../../core/placeholders';
import { hasInvalidXmlChars } from '../../core/sanitize';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { readDocx, type DocxContents, type DocxParagraph, type DocxRun } from '../helpers/docxText';
import { find, findAll, parseXml } from '../helpers/xml';

const HAN = /\p{Script=Han}/u;
const euobserver = loadFixtureLetter('euobserver-rebuttal');
const formatting = loadFixtureLetter('formatting');

const exportDocx = async (letter: Letter, variant: ExportVariant) =>
  readDocx(await buildLetterDocx(letter, variant));

/** The body as the editor shows it, one paragraph per line, placeholders filled. */
const bodyLines = (letter: Letter) =>
  docToPlainText(letter.body, (key) => resolvePlaceholder(key, letter).text)
    .split('\n')
    .filter((line) => line.trim());

function paragraphWith(doc: DocxContents, text: string): DocxParagraph {
  const found = doc.paragraphs().find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}" in:\n${doc.paragraphsText().join('\n')}`);
  return found;
}

function runWith(doc: DocxContents, text: string): DocxRun {
  const found = doc
    .paragraphs()
    .flatMap((p) => p.runs)
    .find((run) => run.text === text);
  if (!found) throw new Error(`no run "${text}"`);
  return found;
}

const isChineseRun = (run: DocxRun) =>
  run.fonts['w:eastAsia'] === 'SimSun' &&
  run.fonts['w:hint'] === 'eastAsia' &&
  run.lang['w:eastAsia'] === 'zh-CN';

describe('editor variant of the EUobserver letter', () => {
  let doc: DocxContents;
  beforeAll(async () => {
    doc = await exportDocx(euobserver, 'editor');
  });

  it('prints the English letter in order: date, addressee, salutation, body, closing, signatory', () => {
    expect(doc.paragraphsText()).toEqual([
      'Brussels, 8 May 2020',
      'The Editor, EUobserver',
      'Dear Sir/Madame,',
      ...bodyLines(euobserver),
      'Yours sincerely,',
      'Zhang Mingyuan',
      'Press Counsellor',
      'Embassy of China in Belgium',
    ]);
    expect(bodyLines(euobserver)).toHaveLength(5);
    expect(doc.paragraphsText()[3]).toContain(
      '“Beijing accused of scientific spying in Brussels labs”, published in EUobserver on 6 May 2020',
    );
  });

  it('gives each part its named style', () => {
    expect(doc.paragraphs().map((p) => p.style)).toEqual([
      'LetterDate',
      'Addressee',
      'Salutation',
      ...Array(5).fill('BodyText'),
      'Closing',
      'Signatory',
      'Signatory',
      'Signatory',
    ]);
    for (const name of ['Letter Date', 'Addressee', 'Salutation', 'Body Text', 'Closing', 'Signatory']) {
      expect(doc.stylesXml).toContain(`<w:name w:val="${name}"/>`);
    }
  });

  it('holds no Chinese text and no page break', () => {
    expect(doc.documentXml).not.toMatch(HAN);
    expect(doc.paragraphs().some((p) => p.pageBreakBefore)).toBe(false);
  });

  it('sets English runs in the Times New Roman defaults with British English', () => {
    const defaults = find(doc.styles, 'w:docDefaults')!;
    expect(find(defaults, 'w:rFonts')!.attrs).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:eastAsia': 'SimSun',
    });
    expect(find(defaults, 'w:lang')!.attrs).toMatchObject({ 'w:val': 'en-GB', 'w:eastAsia': 'zh-CN' });
    const runs = doc.paragraphs().flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) {
      // No run overrides the Latin font, so all of them print in Times New Roman.
      expect(run.fonts['w:ascii'], run.text).toBeUndefined();
      expect(run.lang['w:val'], run.text).toBe('en-GB');
    }
  });

  it('is an A4 page with 2.5 cm margins', () => {
    expect(find(doc.document, 'w:pgSz')!.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(find(doc.document, 'w:pgMar')!.attrs).toMatchObject({
      'w:top': '1417',
      'w:bottom': '1417',
      'w:left': '1417',
      'w:right': '1417',
    });
  });

  it('names the letter, its sender and publication in the document properties', () => {
    expect(doc.coreXml).toContain(`<dc:title>${displayTitle(euobserver)}</dc:title>`);
    expect(doc.coreXml).toContain('<dc:creator>Embassy of China in Belgium</dc:creator>');
    expect(doc.coreXml).toContain('<dc:subject>EUobserver</dc:subject>');
  });
});

describe('bilingual variant of the EUobserver letter', () => {
  let doc: DocxContents;
  let editor: DocxContents;
  beforeAll(async () => {
    [doc, editor] = await Promise.all([
      exportDocx(euobserver, 'bilingual'),
      exportDocx(euobserver, 'editor'),
    ]);
  });

  it('prints the Chinese headline, preface and date, then the same English letter in a section of its own', () => {
    const [chinese, english] = doc.sections();
    expect(doc.sections()).toHaveLength(2);
    const [headline, preface, date] = chinese.paragraphs;
    expect(chinese.paragraphs).toHaveLength(3);
    expect(headline.style).toBe('ChineseHeadline');
    expect(headline.text).toBe('《欧盟观察网》刊登中国驻比利时使馆驳斥该网站“中国科研间谍论”报道的信函');
    expect(preface.style).toBe('ChinesePreface');
    expect(preface.text).toContain(
      '5月6日《欧盟观察网》刊发题为《Beijing accused of scientific spying in Brussels labs》',
    );
    expect(preface.text).toMatch(/信函全文如下：$/);
    expect(date).toMatchObject({ style: 'ChineseDate', text: '2020年5月8日' });
    // 年月日 in the Chinese font, the digits in the Latin one, as Chinese documents set them.
    expect(date.runs.map((run) => [run.text, isChineseRun(run)])).toEqual([
      ['2020', false],
      ['年', true],
      ['5', false],
      ['月', true],
      ['8', false],
      ['日', true],
    ]);

    // A new section starts a new page and counts its pages from 1: the English letter
    // reads exactly as the editor's copy, with no page-break paragraph in between.
    expect(english.paragraphs.map((p) => p.text)).toEqual(editor.paragraphsText());
    expect(doc.paragraphs().some((p) => p.pageBreakBefore)).toBe(false);
    for (const section of doc.sections()) {
      expect(section).toMatchObject({ titlePage: true, pageNumberStart: 1 });
    }
    expect(doc.stylesXml).toContain('<w:name w:val="Chinese Headline"/>');
    expect(doc.stylesXml).toContain('<w:name w:val="Chinese Preface"/>');
    expect(doc.stylesXml).toContain('<w:name w:val="Chinese Date"/>');
  });

  it('keeps a short last preface paragraph with the date, but lets a long one break', async () => {
    expect(doc.sections()[0].paragraphs[1].keepNext).toBe(false);
    const long = await exportDocx(loadFixtureLetter('long-chinese'), 'chinese');
    const [last, date] = long.paragraphs().slice(-2);
    expect(last.text).toMatch(/^使馆随即致函.*信函全文如下：$/);
    expect(last.keepNext).toBe(true);
    expect(date.style).toBe('ChineseDate');
  });

  it('right-aligns the Chinese date', () => {
    const dateStyle = findAll(doc.styles, 'w:style').find((s) => s.attrs['w:styleId'] === 'ChineseDate')!;
    expect(find(dateStyle, 'w:jc')!.attrs['w:val']).toBe('right');
  });

  it('centres the headline', () => {
    const headlineStyle = findAll(doc.styles, 'w:style').find(
      (s) => s.attrs['w:styleId'] === 'ChineseHeadline',
    )!;
    expect(find(headlineStyle, 'w:jc')!.attrs['w:val']).toBe('center');
  });

  it('sets every Chinese run, quotes included, in SimSun with zh-CN', () => {
    const chinese = doc.sections()[0].paragraphs;
    const runs = chinese.flatMap((p) => p.runs);
    const withChinese = runs.filter((run) => HAN.test(run.text) || /[“”《》，。]/.test(run.text));
    expect(withChinese.length).toBeGreaterThan(3);
    for (const run of withChinese) expect(isChineseRun(run), run.text).toBe(true);
    // The curly quotes around Chinese words travel with the Chinese run.
    expect(withChinese.some((run) => run.text.includes('“中国科研间谍论”'))).toBe(true);
  });

  it('keeps the English title inside the Chinese preface in a Latin run', () => {
    const title = runWith(doc, 'Beijing accused of scientific spying in Brussels labs');
    expect(isChineseRun(title)).toBe(false);
    expect(title.lang['w:val']).toBe('en-GB');
  });
});

describe('formatting fixture', () => {
  let doc: DocxContents;
  let bilingual: DocxContents;
  beforeAll(async () => {
    [doc, bilingual] = await Promise.all([
      exportDocx(formatting, 'editor'),
      exportDocx(formatting, 'bilingual'),
    ]);
  });

  it('maps bold, italic, underline, strikethrough, sub/superscript, highlight and code', () => {
    const plain = runWith(doc, 'Plain ');
    expect([plain.bold, plain.italic, plain.underline, plain.strike]).toEqual([false, false, false, false]);
    expect(runWith(doc, 'bold')).toMatchObject({ bold: true, italic: false, underline: false });
    expect(runWith(doc, 'italic')).toMatchObject({ bold: false, italic: true, underline: false });
    expect(runWith(doc, 'underlined')).toMatchObject({ bold: false, italic: false, underline: true });
    expect(runWith(doc, 'struck')).toMatchObject({ strike: true, bold: false });
    expect(runWith(doc, 'bold italic')).toMatchObject({ bold: true, italic: true });
    expect(runWith(doc, 'highlighted').highlight).toBe('yellow');
    expect(runWith(doc, 'code').fonts['w:ascii']).toBe('Courier New');
    const sub = paragraphWith(
      doc,
      'Plain bold italic underlined struck H2O E=mc2 highlighted code bold italic.',
    ).runs;
    expect(sub.filter((run) => run.text === '2').map((run) => run.vertAlign)).toEqual([
      'subscript',
      'superscript',
    ]);
    // The XML itself carries the flags.
    expect(doc.documentXml).toMatch(
      /<w:r><w:rPr><w:b\/>(<w:bCs\/>)?<w:lang w:val="en-GB"\/><\/w:rPr><w:t[^>]*>bold<\/w:t>/,
    );
    expect(doc.documentXml).toMatch(/<w:i\/>(<w:iCs\/>)?<w:lang w:val="en-GB"\/><\/w:rPr><w:t[^>]*>italic</);
    expect(doc.documentXml).toMatch(
      /<w:u w:val="single"\/><w:lang w:val="en-GB"\/><\/w:rPr><w:t[^>]*>underlined</,
    );
  });

  it('exports a link as an external hyperlink to its URL', () => {
    const paragraph = paragraphWith(doc, 'Read the article online today.');
    const linked = paragraph.runs.filter((run) => run.link);
    expect(linked.map((run) => run.text)).toEqual(['the article', ' online']);
    for (const run of linked) {
      expect(run.link).toBe('https://example.com/article?id=1&lang=en');
      expect(run.style).toBe('Hyperlink');
    }
    expect(linked[1].bold).toBe(true);
    const unsafe = paragraphWith(doc, 'Unsafe script link stays text.');
    expect(unsafe.runs.some((run) => run.link)).toBe(false);
    expect(doc.relsXml).not.toContain('javascript:');
    expect(doc.relsXml).toMatch(
      /Type="[^"]*\/hyperlink" Target="https:\/\/example\.com\/article\?id=1&amp;lang=en" TargetMode="External"/,
    );
  });

  it('numbers lists with nesting, and starts a second numbered list again at 1', () => {
    const numbering = (text: string) => paragraphWith(doc, text).numbering;
    const bullet = numbering('Bullet one')!;
    expect(numbering('Nested bullet')).toEqual({ numId: bullet.numId, level: 1 });
    expect(numbering('Deeper bullet')).toEqual({ numId: bullet.numId, level: 2 });
    expect(numbering('Bullet two')).toEqual({ numId: bullet.numId, level: 0 });

    const first = numbering('Alpha')!;
    expect(first.level).toBe(0);
    expect(first.numId).not.toBe(bullet.numId);
    expect(numbering('Gamma')).toEqual(first);
    expect(numbering('Beta one')).toEqual({ numId: first.numId, level: 1 });
    const second = numbering('Restart one')!;
    expect(second.numId).not.toBe(first.numId);
    expect(numbering('Restart two')).toEqual(second);
    expect(paragraphWith(doc, 'Between the lists.').numbering).toBeNull();

    // Both numbered lists use the decimal definition, each from 1.
    const nums = findAll(doc.numbering, 'w:num');
    const abstractOf = (numId: string) =>
      find(
        nums.find((n) => n.attrs['w:numId'] === numId)!,
        'w:abstractNumId',
      )!.attrs['w:val'];
    expect(abstractOf(second.numId)).toBe(abstractOf(first.numId));
    const startOf = (numId: string) =>
      find(
        nums.find((n) => n.attrs['w:numId'] === numId)!,
        'w:startOverride',
      )?.attrs['w:val'];
    expect(startOf(second.numId)).toBe('1');
    const formatOf = (numId: string) => {
      const abstract = findAll(doc.numbering, 'w:abstractNum').find(
        (a) => a.attrs['w:abstractNumId'] === abstractOf(numId),
      )!;
      return find(abstract, 'w:numFmt')!.attrs['w:val'];
    };
    expect(formatOf(first.numId)).toBe('decimal');
    expect(formatOf(bullet.numId)).toBe('bullet');
  });

  it('prints filled placeholders as their value and unfilled ones as a visible [label]', () => {
    const paragraph = paragraphWith(
      doc,
      'Filled: The Daily Test; unfilled: [article title] and [article date].',
    );
    expect(paragraph.runs.find((run) => run.text === '[article title]')!.highlight).toBe('yellow');
    expect(paragraph.runs.find((run) => run.text === 'The Daily Test')!.highlight).toBeNull();
    expect(paragraphWith(doc, 'The Letters Editor, The Daily Test').style).toBe('Addressee');
    expect(bilingual.paragraphsText()[1]).toBe('中文段落含English words与“加粗引语”，日期[文章日期]。');
  });

  it('maps quotes, headings, alignment, indents, line breaks, tabs and unknown nodes', () => {
    expect(paragraphWith(doc, 'A quoted sentence.').style).toBe('Quote');
    expect(paragraphWith(doc, 'A subheading').style).toBe('Heading2');
    expect(paragraphWith(doc, 'Centred line').alignment).toBe('center');
    expect(paragraphWith(doc, 'Right line').alignment).toBe('right');
    expect(doc.documentXml).toMatch(/<w:ind w:left="720"\/>.*?Indented line/);
    expect(paragraphWith(doc, 'Line one\nLine two\tafter tab').style).toBe('BodyText');
    expect(paragraphWith(doc, 'Unknown block text #tag').style).toBe('BodyText');
    expect(paragraphWith(doc, 'Cell one').style).toBe('BodyText');
    expect(paragraphWith(doc, 'Cell two').style).toBe('BodyText');
  });

  it('strips control characters, U+FFFF and lone surrogates so the XML stays well formed', () => {
    expect(paragraphWith(doc, 'Controlcharsstripped here lone.').style).toBe('BodyText');
    for (const xml of [doc.documentXml, doc.stylesXml, doc.numberingXml, doc.coreXml, doc.relsXml]) {
      expect(hasInvalidXmlChars(xml)).toBe(false);
      // Strict: also refuses character references such as &#1; that Word would reject.
      expect(() => parseXml(xml)).not.toThrow();
    }
  });

  it('marks quotes next to Chinese in English text as Chinese, and the English around them as Latin', () => {
    const runs = paragraphWith(doc, 'The slogan “一带一路” appears in English text.').runs;
    expect(runs.map((run) => [run.text, isChineseRun(run)])).toEqual([
      ['The slogan ', false],
      ['“一带一路”', true],
      [' appears in English text.', false],
    ]);
  });

  it('sets the Chinese headline and preface of the bilingual export as Chinese, with its bold run', () => {
    const [headline, preface] = bilingual.paragraphs();
    expect(headline.text).toBe('格式测试：《测试日报》与“引号”');
    for (const run of headline.runs) expect(isChineseRun(run), run.text).toBe(true);
    const bold = preface.runs.find((run) => run.text === '“加粗引语”')!;
    expect(bold.bold).toBe(true);
    expect(isChineseRun(bold)).toBe(true);
    expect(isChineseRun(preface.runs.find((run) => run.text === 'English words')!)).toBe(false);
  });
});

describe('long Chinese preface', () => {
  it('sets dashes, quotes and book-title marks between Chinese in the East Asian font', async () => {
    const doc = await exportDocx(loadFixtureLetter('long-chinese'), 'chinese');
    const runs = doc.paragraphs().flatMap((p) => p.runs);
    const dash = runs.find((run) => run.text.includes('——'))!;
    expect(dash.text).toContain('立场——希望');
    expect(isChineseRun(dash)).toBe(true);
    for (const run of runs.filter((r) => /[“”《》——]/.test(r.text)))
      expect(isChineseRun(run), run.text).toBe(true);
    // Its quote and numbered list are styled as in the English letter.
    expect(doc.paragraphs().find((p) => p.text === '“开放带来进步，封闭必然落后。”')!.style).toBe('Quote');
    expect(
      doc
        .paragraphs()
        .filter((p) => p.numbering)
        .map((p) => p.numbering!.level),
    ).toEqual([0, 0, 0]);
  });
});

describe('Chinese variant of the EUobserver letter', () => {
  it('holds only the Chinese headline, preface and date, with no English letter', async () => {
    const doc = await exportDocx(euobserver, 'chinese');
    expect(doc.sections()).toHaveLength(1);
    expect(doc.paragraphs().map((p) => p.style)).toEqual([
      'ChineseHeadline',
      'ChinesePreface',
      'ChineseDate',
    ]);
    expect(doc.paragraphsText()[2]).toBe('2020年5月8日');
    expect(doc.documentXml).not.toContain('Dear Sir/Madame');
    expect(doc.documentXml).not.toContain('Yours sincerely');
  });
});

describe('edge cases', () => {
  const withoutPreface: Letter = {
    ...formatting,
    place: '',
    signatory: null,
    preface: { root: { ...formatting.preface.root, children: [] } },
  };

  it('leaves out an empty preface, its date and its section, and credits LetterDesk without a signatory', async () => {
    const doc = await exportDocx(withoutPreface, 'bilingual');
    expect(doc.sections()).toHaveLength(1);
    const [first] = doc.paragraphs();
    expect(first).toMatchObject({ style: 'LetterDate', text: '4 March 2021', pageBreakBefore: false });
    expect(doc.documentXml).not.toContain('2021年3月4日');
    expect(doc.paragraphs().at(-1)!.style).toBe('Closing');
    expect(doc.coreXml).toContain('<dc:creator>LetterDesk</dc:creator>');
  });

  it('refuses a Chinese export of a letter without a preface, saying what to do', async () => {
    await expect(buildLetterDocx(withoutPreface, 'chinese')).rejects.toThrow(
      'This letter has no Chinese preface yet: write its headline and text in the Chinese pane, or export the English letter instead.',
    );
  });

  it('refuses an unknown variant with a message naming the valid ones', async () => {
    await expect(buildLetterDocx(formatting, 'pdf' as never)).rejects.toThrow(
      'Unknown export variant "pdf": choose one of editor, bilingual, chinese.',
    );
  });
});
