/**
 * Saving a letter as a template turns the dates in its text into fields whole
 * or leaves them alone: a letter made from the template for another article
 * shows the new date whole, in every written form, in both languages, and
 * never the old year next to the new day.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatDateChinese,
  formatDateEnglish,
  formatMonthDayChinese,
  isoFromParts,
  MONTHS,
  parseIsoDate,
  type EnglishDateStyle,
} from '../../core/dates';
import { editorDoc, headingNode, paragraphNode, textNode, type EditorDoc } from '../../core/editorDoc';
import { docToPlainText } from '../../core/document/plainText';
import { newBlankLetter, type Letter } from '../../core/letter';
import { resolvePlaceholder } from '../../core/placeholders';
import { createLetterFromTemplate } from '../../core/template';
import { templateFromLetter } from '../../core/templateFromLetter';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

type Form = 'en-dmy' | 'en-mdy' | 'zh' | 'zh-spaced' | 'zh-fullwidth' | 'zh-month-day' | 'iso';
const FORMS: Form[] = ['en-dmy', 'en-mdy', 'zh', 'zh-spaced', 'zh-fullwidth', 'zh-month-day', 'iso'];

const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function written(iso: string, form: Form): string {
  const d = parseIsoDate(iso)!;
  switch (form) {
    case 'en-dmy':
      return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
    case 'en-mdy':
      return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
    case 'zh':
      return formatDateChinese(iso);
    case 'zh-spaced':
      return `${d.year} 年 ${d.month} 月 ${d.day} 日`;
    case 'zh-fullwidth':
      return fullWidth(formatDateChinese(iso));
    case 'zh-month-day':
      return formatMonthDayChinese(iso);
    case 'iso':
      return iso;
  }
}

/** What a field holding `iso` prints for a date first written in `form`. */
function reprinted(iso: string, form: Form, style: EnglishDateStyle): string {
  if (form.startsWith('en-')) return formatDateEnglish(iso, style);
  return form === 'zh-month-day' ? formatMonthDayChinese(iso) : formatDateChinese(iso);
}

const isoDate = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(isoFromParts)
  .filter((iso): iso is string => iso !== null);

const around = fc.constantFrom('', '《欧盟观察》', '刊登', 'published on ', ' (', '）。', 'Sir, ', '.');

const textOf = (letter: Letter, doc: EditorDoc, style: EnglishDateStyle) =>
  docToPlainText(doc, (key) => resolvePlaceholder(key, letter, style).text);

const monthDay = (iso: string) => iso.slice(5);

describe('save as template: dates', () => {
  it('turns a date into a field whole, in any form and either language, or leaves it as written', () => {
    fc.assert(
      fc.property(
        fc.record({
          article: isoDate,
          letterDate: isoDate,
          other: isoDate,
          nextArticle: isoDate,
          nextLetterDate: isoDate,
          form: fc.constantFrom(...FORMS),
          refersTo: fc.constantFrom('article', 'letter', 'other'),
          style: fc.constantFrom<EnglishDateStyle>('day-month-year', 'month-day-year'),
          before: around,
          after: around,
        }),
        (c) => {
          // Distinct days (and month-days, for the year-less form) so each date names one field.
          const days = [c.article, c.letterDate, c.other, c.nextArticle, c.nextLetterDate];
          fc.pre(new Set(days.map(monthDay)).size === days.length);
          const iso = { article: c.article, letter: c.letterDate, other: c.other }[c.refersTo];
          const line = `${c.before}${written(iso, c.form)}${c.after}`;
          const source: Letter = {
            ...newBlankLetter({ id: 'source', now: new Date(0), fields: { articleDate: c.article } }),
            date: c.letterDate,
            preface: editorDoc([headingNode('h1', [textNode(line)]), paragraphNode([textNode(line)])]),
            body: editorDoc([paragraphNode([textNode(line)])]),
          };
          const template = templateFromLetter(source, {
            id: 't',
            name: 'T',
            description: '',
            keep: { preface: true, body: true, salutation: false, closing: false },
            now: new Date(0),
            dateStyle: c.style,
          });
          const next: Letter = {
            ...createLetterFromTemplate(
              { ...template, builtIn: false },
              { id: 'next', now: new Date(0), fields: { articleDate: c.nextArticle } },
            ),
            date: c.nextLetterDate,
          };
          const nextIso = { article: c.nextArticle, letter: c.nextLetterDate, other: c.other }[c.refersTo];
          // No field prints an ISO date or the letter's own year-less day: those stay as written.
          const stays =
            c.refersTo === 'other' ||
            c.form === 'iso' ||
            (c.refersTo === 'letter' && c.form === 'zh-month-day');
          const expected = stays ? line : `${c.before}${reprinted(nextIso, c.form, c.style)}${c.after}`;
          expect(textOf(next, next.preface, c.style)).toBe(`${expected}\n${expected}`);
          expect(textOf(next, next.body, c.style)).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('save as template through the services', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  beforeEach(async () => {
    data = await makeDataDir();
  });
  afterEach(() => data.cleanup());

  it('makes a letter for a later article show its date whole in the Chinese preface and the English letter', async () => {
    const services = await openServices(data.dir);
    const source = await services.letters.create(REBUTTAL_TEMPLATE, { articleDate: '2022-02-10' });
    const saved = await services.letters.save({
      ...source,
      date: '2022-02-12',
      preface: editorDoc([
        headingNode('h1', [textNode('关于《欧盟观察》2022年2月10日刊登文章的回应')]),
        paragraphNode([textNode('２０２２年２月１０日，《欧盟观察》刊登文章。2022 年 2 月 12 日致函。')]),
      ]),
      body: editorDoc([paragraphNode([textNode('Your article of 10 February 2022 was wrong.')])]),
    });
    const template = services.templates.saveFromLetter(saved, {
      name: 'Dated',
      description: '',
      keep: { preface: true, body: true, salutation: false, closing: false },
    });
    const next = await services.letters.create(template.id, { articleDate: '2023-03-03' });
    const later = await services.letters.save({ ...next, date: '2023-03-05' });
    const text = (doc: EditorDoc) => docToPlainText(doc, (key) => resolvePlaceholder(key, later).text);
    expect(text(later.preface)).toBe(
      '关于《欧盟观察》2023年3月3日刊登文章的回应\n2023年3月3日，《欧盟观察》刊登文章。2023年3月5日致函。',
    );
    expect(text(later.body)).toBe('Your article of 3 March 2023 was wrong.');
  });

  it('keeps a date that matches no field as text, year included', async () => {
    const services = await openServices(data.dir);
    const source = await services.letters.create(REBUTTAL_TEMPLATE, { articleDate: '2022-02-10' });
    const saved = await services.letters.save({
      ...source,
      date: '2022-02-10',
      preface: editorDoc([headingNode('h1', []), paragraphNode([textNode('2021年2月10日的会议')])]),
    });
    const template = services.templates.saveFromLetter(saved, {
      name: 'Old meeting',
      description: '',
      keep: { preface: true, body: false, salutation: false, closing: false },
    });
    expect(docToPlainText(template.preface, (key) => `{{${key}}}`)).toBe('\n2021年2月10日的会议');
  });
});
