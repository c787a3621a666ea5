/**
 * Placeholders are the fields a template leaves open: `{{publication}}`,
 * `{{article.title}}` … In the editor each is a PlaceholderNode that shows the
 * letter's current value, or a visible bracketed label while the field is empty;
 * the exporter prints exactly the same text, so nothing is ever silently blank.
 */
import type { DateForm } from './dateMentions';
import { formatDateChinese, formatDateEnglish, formatMonthDayChinese, type EnglishDateStyle } from './dates';
import type { Letter } from './letter';

export interface PlaceholderField {
  key: string;
  /** Shown in brackets while the field is empty. */
  label: string;
  value: (letter: Letter, dateStyle: EnglishDateStyle) => string;
  /** For a date field: the ISO date it prints and the shape it prints it in. */
  date?: { of: (letter: Letter) => string; form: DateForm };
}

const dateOrEmpty = (iso: string, format: (iso: string) => string) => (iso ? format(iso) : '');
const articleDate = (l: Letter) => l.fields.articleDate;
const letterDate = (l: Letter) => l.date;

export const PLACEHOLDER_FIELDS: readonly PlaceholderField[] = [
  { key: 'publication', label: 'publication', value: (l) => l.fields.publication },
  { key: 'publication.zh', label: '报刊中文名', value: (l) => l.fields.publicationZh },
  { key: 'article.title', label: 'article title', value: (l) => l.fields.articleTitle },
  {
    key: 'article.date',
    label: 'article date',
    value: (l, style) => dateOrEmpty(l.fields.articleDate, (iso) => formatDateEnglish(iso, style)),
    date: { of: articleDate, form: 'english' },
  },
  {
    key: 'article.date.zh',
    label: '文章日期',
    value: (l) => dateOrEmpty(l.fields.articleDate, formatMonthDayChinese),
    date: { of: articleDate, form: 'chinese-month-day' },
  },
  {
    key: 'article.date.zh.full',
    label: '文章日期（年月日）',
    value: (l) => dateOrEmpty(l.fields.articleDate, formatDateChinese),
    date: { of: articleDate, form: 'chinese' },
  },
  { key: 'article.url', label: 'article URL', value: (l) => l.fields.articleUrl },
  {
    key: 'letter.date',
    label: 'letter date',
    value: (l, style) => dateOrEmpty(l.date, (iso) => formatDateEnglish(iso, style)),
    date: { of: letterDate, form: 'english' },
  },
  {
    key: 'letter.date.zh',
    label: '信函日期',
    value: (l) => dateOrEmpty(l.date, formatDateChinese),
    date: { of: letterDate, form: 'chinese' },
  },
  { key: 'sender.name', label: 'signatory name', value: (l) => l.signatory?.nameEn ?? '' },
  { key: 'sender.title', label: 'signatory title', value: (l) => l.signatory?.titleEn ?? '' },
  {
    key: 'sender.organisation',
    label: 'organisation',
    value: (l) => l.signatory?.organisationEn ?? '',
  },
  {
    key: 'sender.organisation.zh',
    label: '发函单位',
    value: (l) => l.signatory?.organisationZh ?? '',
  },
];

const FIELDS_BY_KEY = new Map(PLACEHOLDER_FIELDS.map((field) => [field.key, field]));

export const PLACEHOLDER_PATTERN = /\{\{\s*([a-z][a-z0-9]*(?:\.[a-z0-9_-]+)*)\s*\}\}/gi;

/** User-defined fields: `{{custom.embargo}}` takes its value from `letter.fields.custom.embargo`. */
export const CUSTOM_PREFIX = 'custom.';

/**
 * A custom field's value, looked up as an own property only: a field named
 * "constructor" or "toString" must not find Object's inherited method.
 */
export function customFieldValue(custom: Readonly<Record<string, string>> | undefined, name: string): string {
  const value = custom && Object.hasOwn(custom, name) ? custom[name] : undefined;
  return typeof value === 'string' ? value : '';
}

function customField(key: string): PlaceholderField | undefined {
  if (!key.startsWith(CUSTOM_PREFIX)) return undefined;
  const name = key.slice(CUSTOM_PREFIX.length);
  return {
    key,
    label: name.replace(/[-_]/g, ' '),
    value: (letter) => customFieldValue(letter.fields.custom, name),
  };
}

export function isKnownPlaceholder(key: string): boolean {
  return FIELDS_BY_KEY.has(key) || !!customField(key);
}

export interface ResolvedPlaceholder {
  text: string;
  filled: boolean;
}

/**
 * The text a placeholder shows and exports for this letter. English dates
 * follow the office's house style (Settings), like the date line.
 */
export function resolvePlaceholder(
  key: string,
  letter: Letter,
  dateStyle: EnglishDateStyle = 'day-month-year',
): ResolvedPlaceholder {
  const field = FIELDS_BY_KEY.get(key) ?? customField(key);
  const value = field?.value(letter, dateStyle).trim() ?? '';
  if (value) return { text: value, filled: true };
  return { text: `[${field?.label ?? key}]`, filled: false };
}

export type PlaceholderResolver = (key: string) => ResolvedPlaceholder;

/** Resolves every placeholder of one letter the same way, for walkers that meet many. */
export function placeholderResolver(letter: Letter, dateStyle?: EnglishDateStyle): PlaceholderResolver {
  return (key) => resolvePlaceholder(key, letter, dateStyle);
}

/** Replaces every `{{key}}` in a plain string (addressee lines, file names). */
export function fillPlaceholders(template: string, letter: Letter): string {
  return template.replace(PLACEHOLDER_PATTERN, (_, key: string) => resolvePlaceholder(key, letter).text);
}

/** Splits template text into literal runs and placeholder keys, in order. */
export function splitPlaceholders(text: string): Array<{ text: string } | { key: string }> {
  const parts: Array<{ text: string } | { key: string }> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ key: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
