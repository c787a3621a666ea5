/**
 * Letter dates are stored as ISO calendar dates ("2020-05-08") with no time
 * zone, because a letter is dated by the calendar day it was written on, not
 * by an instant. Formatting is done here, never with the host locale, so the
 * same letter prints the same date on every machine.
 */

export const MONTHS = [
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

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD" for a real calendar day, null for anything else (30 February, month 13). */
export function isoFromParts({ year, month, day }: CalendarDate): string | null {
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0-99 as they are
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Parses "YYYY-MM-DD"; returns null for anything that is not a real calendar day. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isoFromParts(date) ? date : null;
}

/** Today's date on the user's own calendar (local time), as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
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
