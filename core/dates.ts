/**
 * Letter dates are stored as ISO calendar dates ("2020-05-08") with no time
 * zone, because a letter is dated by the calendar day it was written on, not
 * by an instant. Formatting is done here, never with the host locale, so the
 * same letter prints the same date on every machine.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Parses "YYYY-MM-DD"; returns null for anything that is not a real calendar day. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/** Today's date on the user's own calendar (local time), as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type EnglishDateStyle = 'day-month-year' | 'month-day-year';

/**
 * "8 May 2020" (British style, the default for letters to European papers) or
 * "May 8, 2020" (American style), as the office's house style says.
 */
export function formatDateEnglish(iso: string, style: EnglishDateStyle = 'day-month-year'): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const month = MONTHS[date.month - 1];
  return style === 'month-day-year'
    ? `${month} ${date.day}, ${date.year}`
    : `${date.day} ${month} ${date.year}`;
}

/** "2020年5月8日". */
export function formatDateChinese(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${date.year}年${date.month}月${date.day}日`;
}

/** "5月8日": the short form Chinese prefaces use for a recent article. */
export function formatMonthDayChinese(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${date.month}月${date.day}日`;
}
