import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDateChinese, formatDateEnglish, parseIsoDate, todayIso } from '../../core/dates';
import { walk } from '../../core/editorDoc';
import { docToPlainText } from '../../core/document/plainText';
import { exportFileName } from '../../core/exportFileName';
import { addresseeLine, displayTitle, newBlankLetter } from '../../core/letter';
import { parseLetter } from '../../core/schemas/letter';
import { fillPlaceholders, resolvePlaceholder, splitPlaceholders } from '../../core/placeholders';
import { hasInvalidXmlChars, stripInvalidXmlChars } from '../../core/sanitize';
import { createLetterFromTemplate } from '../../core/template';
import { parseTemplate } from '../../core/schemas/template';
import { countEastAsianCharacters, countEnglishWords } from '../../core/wordCount';
import { REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';
import { pressCounsellor } from '../helpers/signatory';

const template = parseTemplate(
  JSON.parse(readFileSync(join(REPO_ROOT, 'templates', `${REBUTTAL_TEMPLATE}.json`), 'utf8')),
);
const now = new Date(2020, 4, 8, 9, 30);
const signatory = pressCounsellor({
  id: 's1',
  organisationEn: 'Embassy of Examplia in Belgium',
  organisationZh: '驻比利时使馆',
});

describe('template application and placeholders', () => {
  const letter = createLetterFromTemplate(template, {
    id: 'abc',
    now,
    signatory,
    fields: { publication: 'EUobserver', publicationZh: '欧盟观察网', articleDate: '2020-05-06' },
  });
  const text = (doc: typeof letter.body) =>
    docToPlainText(doc, (key) => resolvePlaceholder(key, letter).text);

  it('builds the Chinese headline and preface with fields filled in', () => {
    const [headline, preface] = text(letter.preface).split('\n');
    expect(letter.preface.root.children[0]).toMatchObject({ type: 'heading', tag: 'h1' });
    expect(headline).toBe('《欧盟观察网》刊登驻比利时使馆批驳该报有关“……”报道的信函');
    expect(preface).toContain('5月6日《欧盟观察网》发表题为《[article title]》的文章');
  });

  it('keeps unfilled fields visible as bracketed labels, and fills them when known', () => {
    expect(text(letter.body)).toContain(
      'the article “[article title]”, published in EUobserver on 6 May 2020',
    );
    const filled = { ...letter, fields: { ...letter.fields, articleTitle: 'Bio-espionage claims' } };
    expect(resolvePlaceholder('article.title', filled)).toEqual({
      text: 'Bio-espionage claims',
      filled: true,
    });
    expect(resolvePlaceholder('article.title', letter)).toEqual({ text: '[article title]', filled: false });
    // English dates in the text follow the house style, like the date line.
    expect(resolvePlaceholder('article.date', letter, 'month-day-year').text).toBe('May 6, 2020');
    expect(resolvePlaceholder('article.date.zh', letter, 'month-day-year').text).toBe('5月6日');
  });

  it('stores placeholders as nodes, not as {{…}} text', () => {
    const keys: string[] = [];
    walk(letter.body.root, (node) => node.type === 'placeholder' && keys.push(String(node.key)));
    expect(keys).toEqual(['sender.organisation', 'article.title', 'publication', 'article.date']);
    expect(JSON.stringify(letter.body)).not.toMatch(/"text":"[^"]*\{\{[^"]*","type":"text"/);
  });

  it('takes salutation, closing and the dated letter frame from the template', () => {
    expect(letter.salutation).toBe('Dear Sir/Madam,');
    expect(template.salutationOptions).toEqual([
      'Dear Sir/Madam,',
      'Dear Sir/Madame,',
      'Dear Editor,',
      'Sir,',
    ]);
    expect(letter.closing).toBe('Yours sincerely,');
    expect(letter.date).toBe('2020-05-08');
    expect(addresseeLine(letter)).toBe('The Editor, EUobserver');
    expect(parseLetter(JSON.parse(JSON.stringify(letter)))).toEqual(letter);
  });

  it('splits and fills placeholder strings', () => {
    expect(splitPlaceholders('To {{publication}}, re {{ article.title }}.')).toEqual([
      { text: 'To ' },
      { key: 'publication' },
      { text: ', re ' },
      { key: 'article.title' },
      { text: '.' },
    ]);
    expect(fillPlaceholders('The Editor, {{publication}}', letter)).toBe('The Editor, EUobserver');
    expect(fillPlaceholders('{{unknown.field}}', letter)).toBe('[unknown.field]');
    expect(fillPlaceholders('Embargo: {{custom.embargo_time}}', letter)).toBe('Embargo: [embargo time]');
    const withCustom = { ...letter, fields: { ...letter.fields, custom: { embargo_time: '10:00 CET' } } };
    expect(fillPlaceholders('Embargo: {{custom.embargo_time}}', withCustom)).toBe('Embargo: 10:00 CET');
  });

  it('names the bad field in a malformed template', () => {
    expect(() => parseTemplate({ ...template, salutation: 42 })).toThrow(/field "salutation"/);
    expect(() => parseTemplate({ ...template, id: 'Bad Id' })).toThrow(/field "id"/);
  });
});

describe('letter model', () => {
  it('derives a display title and a file name', () => {
    const letter = newBlankLetter({ id: 'x', now });
    expect(displayTitle(letter)).toBe('Untitled letter');
    const answered = {
      ...letter,
      fields: { ...letter.fields, publication: 'EU/observer:', articleTitle: 'Spies' },
    };
    expect(displayTitle(answered)).toBe('EU/observer:: Spies');
    expect(exportFileName(answered)).toBe('2020-05-08 EU observer letter.docx');
    expect(exportFileName(answered, 'bilingual')).toBe('2020-05-08 EU observer letter (bilingual).docx');
  });
});

describe('counts', () => {
  it('counts English words as newspapers do', () => {
    expect(countEnglishWords('Dear Sir/Madam, China-Belgium S&T cooperation isn’t new — 2020.')).toBe(8);
    expect(countEnglishWords('  ')).toBe(0);
    expect(countEnglishWords('Two\nlines')).toBe(2);
  });

  it('counts East Asian characters the way Word does, punctuation included', () => {
    expect(countEastAsianCharacters('《欧盟观察网》刊登信函。')).toBe(12);
    expect(countEastAsianCharacters('中国 EU 2020年')).toBe(3);
  });
});

describe('dates', () => {
  it('formats in English and Chinese and rejects impossible days', () => {
    expect(formatDateEnglish('2020-05-08')).toBe('8 May 2020');
    expect(formatDateEnglish('2020-05-08', 'month-day-year')).toBe('May 8, 2020');
    expect(formatDateChinese('2020-05-08')).toBe('2020年5月8日');
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(todayIso(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
  });
});

describe('sanitising', () => {
  it('removes characters XML cannot hold and keeps everything else', () => {
    const dirty = 'a\u0000b\u0001c\u000Bd\tE\nF\uFFFFg\uD800h😀i';
    expect(hasInvalidXmlChars(dirty)).toBe(true);
    expect(stripInvalidXmlChars(dirty)).toBe('abcd\tE\nFgh😀i');
    expect(hasInvalidXmlChars('中文 text 😀')).toBe(false);
  });
});
