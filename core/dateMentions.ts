/**
 * Finds the dates written in a letter's text, in the forms letters use:
 * English ("10 February 2022", "February 10, 2022"), ISO ("2022-02-10") and
 * Chinese ("2022年2月10日", "2022 年 2 月 10 日", full-width digits, or the
 * year-less "2月10日" prefaces use for a recent article). Each mention is found
 * whole, so whatever handles dates (turning a letter back into a template)
 * takes a date whole or leaves it alone, never a piece of one.
 */
import { isoFromParts, MONTHS, type CalendarDate } from './dates';

/** How a date was written: which field can print it again in the same shape. */
export type DateForm = 'english' | 'iso' | 'chinese' | 'chinese-month-day';

export interface DateMention {
  index: number;
  length: number;
  form: DateForm;
  /** The calendar day; a year-less Chinese date carries year 0. */
  date: CalendarDate;
}

const MONTH_NAMES = MONTHS.join('|');
const ORDINAL = '(?:st|nd|rd|th)?';
// Full-width digits are mapped to ASCII before matching (length-preserving), so one pattern serves both.
const ENGLISH_DAY_FIRST = `(?<!\\d)(\\d{1,2})${ORDINAL}\\s+(${MONTH_NAMES}),?\\s+(\\d{4})(?!\\d)`;
const ENGLISH_MONTH_FIRST = `\\b(${MONTH_NAMES})\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`;
const ISO = `(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`;
const CHINESE = `(?:(?<!\\d)(\\d{4})\\s*年\\s*)?(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]`;
const DATE_PATTERN = new RegExp(
  [ENGLISH_DAY_FIRST, ENGLISH_MONTH_FIRST, ISO, CHINESE].map((p) => `(?:${p})`).join('|'),
  'g',
);

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const asciiDigits = (text: string) =>
  text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

const monthNumber = (name: string) => MONTHS.indexOf(name) + 1;

function mentionOf(m: RegExpExecArray): Omit<DateMention, 'index' | 'length'> | null {
  const n = (i: number) => Number(m[i]);
  let form: DateForm;
  let year: number;
  let month: number;
  let day: number;
  if (m[1] !== undefined) [form, year, month, day] = ['english', n(3), monthNumber(m[2]), n(1)];
  else if (m[4] !== undefined) [form, year, month, day] = ['english', n(6), monthNumber(m[4]), n(5)];
  else if (m[7] !== undefined) [form, year, month, day] = ['iso', n(7), n(8), n(9)];
  else if (m[10] !== undefined) [form, year, month, day] = ['chinese', n(10), n(11), n(12)];
  else [form, year, month, day] = ['chinese-month-day', 0, n(11), n(12)];
  // A year-less date is checked against a leap year, so 2月29日 counts as a day.
  if (!isoFromParts({ year: year || 2000, month, day })) return null;
  return { form, date: { year, month, day } };
}

/** Every real calendar date written in `text`, in order, none overlapping. */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of asciiDigits(text).matchAll(DATE_PATTERN)) {
    const mention = mentionOf(match);
    if (mention) mentions.push({ index: match.index, length: match[0].length, ...mention });
  }
  return mentions;
}
