/**
 * Turns a letter back into a template: the letter's filled-in facts (the
 * publication's name, the article title, dates …) found in its text become
 * placeholders again, so the next letter made from the template fills them
 * with its own facts. Placeholders already in the letter stay placeholders.
 */
import { withoutComments } from './comments/withoutComments';
import { findDateMentions, type DateForm, type DateMention } from './dateMentions';
import { parseIsoDate, type CalendarDate, type EnglishDateStyle } from './dates';
import { placeholderNode, type EditorDoc, type SerializedNode } from './editorDoc';
import type { Letter } from './letter';
import { CUSTOM_PREFIX, PLACEHOLDER_FIELDS, resolvePlaceholder } from './placeholders';
import { bodySkeleton, prefaceSkeleton, type UserTemplate } from './template';

export interface FieldValue {
  key: string;
  text: string;
}

/** A date field of the letter with the day it holds and the shape it prints. */
interface DateField {
  key: string;
  date: CalendarDate;
  form: DateForm;
}

/**
 * What a letter's text is matched against: its filled non-date values,
 * longest first so that a value containing another (an article title naming
 * the paper) wins, and its filled date fields. Dates are matched as dates,
 * never as strings, so a date is taken whole or not at all (a preface's
 * "2022年2月10日" must not become "2022年" + the article's "2月10日").
 */
export interface LetterFacts {
  values: FieldValue[];
  dates: DateField[];
}

/** Single characters are left alone: they would turn ordinary letters into fields. */
export function letterFacts(letter: Letter, dateStyle?: EnglishDateStyle): LetterFacts {
  const facts: LetterFacts = { values: [], dates: [] };
  for (const field of PLACEHOLDER_FIELDS) {
    const date = field.date && parseIsoDate(field.date.of(letter));
    if (field.date && date) facts.dates.push({ key: field.key, date, form: field.date.form });
  }
  const keys = [
    ...PLACEHOLDER_FIELDS.filter((field) => !field.date).map((field) => field.key),
    ...Object.keys(letter.fields.custom ?? {}).map((name) => CUSTOM_PREFIX + name),
  ];
  for (const key of keys) {
    const { text, filled } = resolvePlaceholder(key, letter, dateStyle);
    if (filled && text.length > 1 && !facts.values.some((v) => v.text === text))
      facts.values.push({ key, text });
  }
  facts.values.sort((a, b) => b.text.length - a.text.length);
  return facts;
}

function firstMatch(text: string, values: FieldValue[]): { index: number; value: FieldValue } | null {
  let best: { index: number; value: FieldValue } | null = null;
  for (const value of values) {
    const index = text.indexOf(value.text);
    if (index >= 0 && (!best || index < best.index)) best = { index, value };
  }
  return best;
}

type Part = { text: string } | { key: string };

function unfillValues(text: string, values: FieldValue[]): Part[] {
  const parts: Part[] = [];
  let rest = text;
  for (let match = firstMatch(rest, values); match; match = firstMatch(rest, values)) {
    if (match.index > 0) parts.push({ text: rest.slice(0, match.index) });
    parts.push({ key: match.value.key });
    rest = rest.slice(match.index + match.value.text.length);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}

const sameDay = (a: CalendarDate, b: CalendarDate, withYear: boolean) =>
  a.month === b.month && a.day === b.day && (!withYear || a.year === b.year);

/** The field that prints this date in the shape it was written, if the letter has one. */
function dateKey(mention: DateMention, text: string, facts: LetterFacts): string | undefined {
  // A custom field holding exactly this text (an embargo date) names it best.
  const custom = facts.values.find((v) => v.text === text);
  if (custom) return custom.key;
  const withYear = mention.form !== 'chinese-month-day';
  return facts.dates.find((d) => d.form === mention.form && sameDay(d.date, mention.date, withYear))?.key;
}

/** Splits one string into literal runs and field keys. */
export function unfillText(text: string, facts: LetterFacts): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const mention of findDateMentions(text)) {
    const written = text.slice(mention.index, mention.index + mention.length);
    const key = dateKey(mention, written, facts);
    parts.push(...unfillValues(text.slice(last, mention.index), facts.values));
    // A date no field prints stays text as it is, whole: nothing else may match inside it.
    parts.push(key ? { key } : { text: written });
    last = mention.index + mention.length;
  }
  parts.push(...unfillValues(text.slice(last), facts.values));
  return parts;
}

function unfillNode(node: SerializedNode, facts: LetterFacts): SerializedNode[] {
  if (node.type === 'text' && typeof node.text === 'string') {
    // Each literal run keeps the formatting of the text it came from.
    return unfillText(node.text, facts).map((part) =>
      'key' in part ? placeholderNode(part.key) : { ...node, text: part.text },
    );
  }
  if (!node.children) return [node];
  return [{ ...node, children: node.children.flatMap((child) => unfillNode(child, facts)) }];
}

export function unfillDoc(doc: EditorDoc, facts: LetterFacts): EditorDoc {
  const [root] = unfillNode(structuredClone(doc.root), facts);
  return { root: root as EditorDoc['root'] };
}

/** Plain strings (the addressee) get `{{key}}` markers instead of nodes. */
export function unfillString(text: string, facts: LetterFacts): string {
  return unfillText(text, facts)
    .map((part) => ('key' in part ? `{{${part.key}}}` : part.text))
    .join('');
}

export interface KeepParts {
  preface: boolean;
  body: boolean;
  salutation: boolean;
  closing: boolean;
}

export interface TemplateFromLetterOptions {
  id: string;
  name: string;
  description: string;
  keep: KeepParts;
  now: Date;
  dateStyle?: EnglishDateStyle;
}

/** A user template from a letter; parts not kept become the empty skeletons a blank letter has. */
export function templateFromLetter(original: Letter, options: TemplateFromLetterOptions): UserTemplate {
  // Review comments belong to this letter, not to the letters the template will start.
  const letter = withoutComments(original);
  const values = letterFacts(letter, options.dateStyle);
  const { keep } = options;
  return {
    schemaVersion: 1,
    id: options.id,
    name: options.name,
    nameZh: '',
    description: options.description,
    addressee: unfillString(letter.addressee, values),
    salutation: keep.salutation ? letter.salutation : '',
    salutationOptions: [],
    closing: keep.closing ? letter.closing : '',
    preface: keep.preface ? unfillDoc(letter.preface, values) : prefaceSkeleton(),
    body: keep.body ? unfillDoc(letter.body, values) : bodySkeleton(),
    updatedAt: options.now.toISOString(),
    revision: 0,
  };
}
