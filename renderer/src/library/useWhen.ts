/**
 * When a letter was last changed (or moved to the trash), as the library
 * shows it, in the interface language: "Just now", "12 min ago",
 * "Today, 14:05", "Yesterday, 09:30", "3 May", "3 May 2024" (刚刚, 12分钟前,
 * 今天 14:05 …), and the full date and time for a tooltip.
 */
import { useIntl, type IntlShape } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';

const messages = defineMessages({
  justNow: { id: 'library.when.justNow', defaultMessage: 'Just now' },
  today: { id: 'library.when.today', defaultMessage: 'Today, {time}' },
  yesterday: { id: 'library.when.yesterday', defaultMessage: 'Yesterday, {time}' },
});

export interface WhenFormat {
  /** Short and relative to `now`. */
  when(iso: string, now?: Date): string;
  /** The full local date and time. */
  full(iso: string): string;
}

const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

function whenFormat(intl: IntlShape): WhenFormat {
  // English dates are written the British way, as the office's letters are ("3 May", not "May 3").
  const locale = intl.locale === 'en' ? 'en-GB' : intl.locale;
  // Built once per language: building a formatter takes ~15 ms, and the library shows one date per letter.
  const relative = new Intl.RelativeTimeFormat(locale, { style: 'short' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const dayMonthYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const parse = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  return {
    when(iso, now = new Date()) {
      const then = parse(iso);
      if (!then) return '';
      const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
      if (minutes < 1) return intl.formatMessage(messages.justNow);
      if (minutes < 60) return relative.format(-minutes, 'minute');
      const days = Math.round((dayStart(now) - dayStart(then)) / 86_400_000);
      if (days === 0) return intl.formatMessage(messages.today, { time: time.format(then) });
      if (days === 1) return intl.formatMessage(messages.yesterday, { time: time.format(then) });
      return (then.getFullYear() === now.getFullYear() ? dayMonth : dayMonthYear).format(then);
    },
    full(iso) {
      const then = parse(iso);
      return then ? full.format(then) : '';
    },
  };
}

// One per interface language (react-intl makes a new `intl` when it changes), shared by every letter in the list.
const formats = new WeakMap<IntlShape, WhenFormat>();

export function useWhen(): WhenFormat {
  const intl = useIntl();
  let format = formats.get(intl);
  if (!format) {
    format = whenFormat(intl);
    formats.set(intl, format);
  }
  return format;
}
