/**
 * When something happened, in the interface language: "Just now",
 * "12 min ago", "Today, 14:05", "Yesterday, 09:30", "3 May", "3 May 2024"
 * (刚刚, 12 分钟前, 今天 14:05, 5月3日 … in Chinese).
 */
import type { IntlShape } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import { activeIntl } from '../i18n/activeIntl';

const MESSAGES = defineMessages({
  justNow: { id: 'ui.when.justNow', defaultMessage: 'Just now' },
  minutesAgo: { id: 'ui.when.minutesAgo', defaultMessage: '{minutes} min ago' },
  today: { id: 'ui.when.today', defaultMessage: 'Today, {time}' },
  yesterday: { id: 'ui.when.yesterday', defaultMessage: 'Yesterday, {time}' },
});

const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/**
 * The locale dates are written in: the English interface is British English,
 * as the house style is ("3 May", 24-hour times), not the US order "May 3".
 */
const dateLocale = (intl: IntlShape) => (intl.locale === 'en' ? 'en-GB' : intl.locale);

/**
 * Formatters are built once per language: building one costs ~15 ms, and the
 * library shows a date for every letter.
 */
const formatters = new Map<
  string,
  {
    time: Intl.DateTimeFormat;
    day: Intl.DateTimeFormat;
    full: Intl.DateTimeFormat;
    dayYear: Intl.DateTimeFormat;
  }
>();

function formattersFor(intl: IntlShape) {
  const locale = dateLocale(intl);
  let found = formatters.get(locale);
  if (!found) {
    found = {
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
      dayYear: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
    formatters.set(locale, found);
  }
  return found;
}

export function formatWhen(iso: string, now: Date = new Date(), intl: IntlShape = activeIntl()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return intl.formatMessage(MESSAGES.justNow);
  if (minutes < 60) return intl.formatMessage(MESSAGES.minutesAgo, { minutes });
  const format = formattersFor(intl);
  const time = format.time.format(then);
  const days = Math.round((dayStart(now) - dayStart(then)) / 86_400_000);
  if (days === 0) return intl.formatMessage(MESSAGES.today, { time });
  if (days === 1) return intl.formatMessage(MESSAGES.yesterday, { time });
  return then.getFullYear() === now.getFullYear() ? format.day.format(then) : format.dayYear.format(then);
}

/** The full local date and time, for a tooltip. */
export function formatFullDate(iso: string, intl: IntlShape = activeIntl()): string {
  const then = new Date(iso);
  return Number.isNaN(then.getTime()) ? '' : formattersFor(intl).full.format(then);
}

/** A calendar day (YYYY-MM-DD) with its year: "3 May 2026", 2026年5月3日; '' if it is not one. */
export function formatDay(day: string, intl: IntlShape = activeIntl()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  // Built in local time: parsing "2026-05-03" would give UTC midnight, the day before west of Greenwich.
  return formattersFor(intl).dayYear.format(
    new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])),
  );
}
