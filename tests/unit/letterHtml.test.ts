import { describe, expect, it } from 'vitest';
import { paragraphNode, textNode } from '../../core/editorDoc';
import { letterToHtmlFragment, letterToPrintDocument } from '../../core/letterHtml';
import { defaultSettings, type AppSettings } from '../../core/settings';
import { appSettingsSchema } from '../../core/schemas/settings';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { letterWithBody, linkNode } from '../helpers/letterDocs';

const settings = defaultSettings();

const LOGO = {
  mimeType: 'image/png' as const,
  dataBase64: 'iVBORw0KGgoAAAANSUhEUg==',
  width: 40,
  height: 20,
};
const office: AppSettings = appSettingsSchema.parse({
  letterhead: {
    organisationEn: 'Embassy of the People’s Republic of China in Belgium',
    organisationZh: '中华人民共和国驻比利时王国大使馆',
    address: 'Boulevard du Souverain 400\n1160 Brussels',
    phone: '+32 2 000 00 00',
    email: 'press@example.org',
    website: 'https://be.china-embassy.example',
    logo: LOGO,
  },
  houseStyle: { dateFormat: 'month-day-year', latinFont: 'Garamond', eastAsianFont: 'FangSong' },
});

const FRAGMENT_TAGS = new Set(
  'p br strong em u s code sub sup mark a ul ol li blockquote h1 h2 h3 h4 h5 h6'.split(' '),
);

/** Every tag is a known formatting tag, and its only attributes are a link, a list start or layout. */
function expectOnlySafeMarkup(html: string) {
  for (const [, name, attrs] of html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
    expect(FRAGMENT_TAGS, `<${name}>`).toContain(name);
    // Attributes are name="value" with nothing unquoted: a value cannot break out.
    expect(attrs).toMatch(/^(\s[\w-]+="[^"<>]*")*$/);
    const attrNames = [...attrs.matchAll(/\s([\w-]+)="/g)].map((match) => match[1]);
    for (const attr of attrNames) expect(['href', 'style', 'start']).toContain(attr);
  }
}

/** Positions of each text in the document, which must rise. */
function expectInOrder(html: string, texts: string[]) {
  const positions = texts.map((text) => html.indexOf(text));
  positions.forEach((position, i) => expect(position, `“${texts[i]}” is missing`).toBeGreaterThanOrEqual(0));
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('the letter as an HTML fragment', () => {
  it('escapes every text and never makes a script, handler or unsafe link', () => {
    const letter = letterWithBody(
      [
        paragraphNode([textNode('<script>alert(1)</script> & "quotes" <img src=x onerror=alert(1)>')]),
        paragraphNode([linkNode('javascript:alert(1)', 'click me')]),
        paragraphNode([linkNode('https://x.example/" onmouseover="alert(1)', 'tricky')]),
        paragraphNode([linkNode('data:text/html,<script>alert(1)</script>', 'data')]),
      ],
      { salutation: 'Dear <b>Editor</b>,' },
    );
    const html = letterToHtmlFragment(letter, settings);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;img src=x');
    expect(html).toContain('<p>Dear &lt;b&gt;Editor&lt;/b&gt;,</p>');
    expect(html).toContain('<p>click me</p>');
    expect(html).toContain('<p>data</p>');
    // The one link rule writes the address in its URL form: the quote cannot end the attribute.
    expect(html).toContain('<a href="https://x.example/%22%20onmouseover=%22alert(1)">tricky</a>');
    expect(html).not.toMatch(/javascript:|data:/i);
    expectOnlySafeMarkup(html);
  });

  it('maps each text format and block to its semantic tag', () => {
    const html = letterToHtmlFragment(loadFixtureLetter('formatting'), settings);
    for (const piece of [
      '<strong>bold</strong>',
      '<em>italic</em>',
      '<u>underlined</u>',
      '<s>struck</s>',
      'H<sub>2</sub>O',
      'E=mc<sup>2</sup>',
      '<mark>highlighted</mark>',
      '<code>code</code>',
      '<strong><em>bold italic</em></strong>',
      '<a href="https://example.com/article?id=1&amp;lang=en">the article<strong> online</strong></a>',
      '<ul><li>Bullet one<ul><li>Nested bullet<ul><li>Deeper bullet</li></ul></li></ul></li><li>Bullet two</li></ul>',
      '<ol><li>Alpha</li><li>Beta<ol><li>Beta one</li><li>Beta two</li></ol></li><li>Gamma</li></ol>',
      '<blockquote>A quoted sentence.</blockquote>',
      '<h2>A subheading</h2>',
      '<p style="text-align:center">Centred line</p>',
      '<p>Line one<br>Line two',
      // Unfilled placeholders stay visibly marked.
      '<mark>[article title]</mark>',
    ]) {
      expect(html).toContain(piece);
    }
    expectOnlySafeMarkup(html);
    // No style attribute but layout; no classes the recipient's mail program would not know.
    for (const [, style] of html.matchAll(/style="([^"]*)"/g))
      expect(style).toMatch(/^(text-align|margin-left):/);
    expect(html).not.toContain('class=');
  });

  it('runs from the salutation to the signatory, English only', () => {
    const html = letterToHtmlFragment(loadFixtureLetter('formatting'), settings);
    expect(html.startsWith('<p>Dear Editor,</p>')).toBe(true);
    expect(
      html.endsWith(
        '<p>Yours faithfully,</p>\n<p>Alex Example<br>First Secretary<br>Embassy of Testland</p>',
      ),
    ).toBe(true);
    expect(html).not.toContain('格式测试');
    expect(html).not.toContain('London');
  });
});

describe('the print document', () => {
  it('is a complete A4 page with one style block, no script and the house fonts', () => {
    const html = letterToPrintDocument(loadFixtureLetter('euobserver-rebuttal'), 'editor', office);
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('@page { size: A4; margin: 2.5cm; }');
    expect(html).toContain('font-family: "Garamond", "FangSong", "Noto Serif CJK SC"');
    expect(html).not.toMatch(/<script|\son\w+=|style="/i);
  });

  it('carries the letterhead, with the logo as a data: URL', () => {
    const html = letterToPrintDocument(loadFixtureLetter('euobserver-rebuttal'), 'editor', office);
    expect(html).toContain(
      `<img src="data:image/png;base64,${LOGO.dataBase64}" width="40" height="20" alt="">`,
    );
    expectInOrder(html, [
      '<header class="letterhead">',
      '<p class="organisation" lang="zh-CN">中华人民共和国驻比利时王国大使馆</p>',
      'Embassy of the People’s Republic of China in Belgium',
      'Boulevard du Souverain 400<br>1160 Brussels<br>+32 2 000 00 00 · press@example.org · https://be.china-embassy.example',
      '</header>',
      '<p class="date-line">Brussels, May 8, 2020</p>',
    ]);
    // No letterhead set: no empty header.
    expect(letterToPrintDocument(loadFixtureLetter('euobserver-rebuttal'), 'editor', settings)).not.toContain(
      '<header',
    );
  });

  it('lays the English letter out as the DOCX does', () => {
    const letter = { ...loadFixtureLetter('euobserver-rebuttal'), showReference: true };
    const html = letterToPrintDocument(letter, 'editor', settings);
    expectInOrder(html, [
      '<p class="date-line">Brussels, 8 May 2020</p>',
      '<p class="addressee">The Editor, EUobserver</p>',
      '<p class="reference">Re: Beijing accused of scientific spying in Brussels labs, 6 May 2020</p>',
      '<p class="salutation">Dear Sir/Madame,</p>',
      '<div class="text">',
      'The Embassy of China in Belgium has read the article',
      '<p class="closing">Yours sincerely,</p>',
      '<p class="signatory">Zhang Mingyuan<br>Press Counsellor<br>Embassy of China in Belgium</p>',
    ]);
    expect(html).not.toContain('class="preface"');
    expect(letterToPrintDocument(loadFixtureLetter('euobserver-rebuttal'), 'editor', settings)).not.toContain(
      'class="reference"',
    );
  });

  it('puts the Chinese headline, preface and date first in the bilingual copy, then a new page', () => {
    const html = letterToPrintDocument(loadFixtureLetter('formatting'), 'bilingual', settings);
    expectInOrder(html, [
      '<section class="preface" lang="zh-CN">',
      '<h1 class="headline">格式测试：《测试日报》与“引号”</h1>',
      '中文段落含English words与<strong>“加粗引语”</strong>',
      '<p class="zh-date">2021年3月4日</p>',
      '<section class="letter page-break" lang="en-GB">',
      '<p class="salutation">Dear Editor,</p>',
      '<p class="signatory">Alex Example',
    ]);
    const chinese = letterToPrintDocument(loadFixtureLetter('formatting'), 'chinese', settings);
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(chinese).toContain('<h1 class="headline">');
    expect(chinese).not.toContain('Dear Editor,');
  });

  it('keeps layout in classes and escapes hostile font names', () => {
    const html = letterToPrintDocument(loadFixtureLetter('formatting'), 'editor', settings);
    expect(html).toContain('<p class="align-center">Centred line</p>');
    expect(html).toContain('<p class="indent-1">Indented line</p>');
    const hostile = appSettingsSchema.parse({ houseStyle: { latinFont: 'Evil\\"; } body { display: none' } });
    // The schema refuses the quote; a backslash alone must not escape the CSS string either.
    expect(hostile.houseStyle.latinFont).toBe('Times New Roman');
    const backslash = appSettingsSchema.parse({ houseStyle: { latinFont: 'Evil\\' } });
    expect(letterToPrintDocument(loadFixtureLetter('formatting'), 'editor', backslash)).toContain(
      '"Evil\\5c "',
    );
  });
});
