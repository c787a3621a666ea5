/**
 * Turns a letter back into a template: the letter's filled-in facts (the
 * publication's name, the article title, dates …) found in its text become
 * placeholders again, so the next letter made from the template fills them
 * with its own facts. Placeholders already in the letter stay placeholders.
 */
import type { EnglishDateStyle } from './dates';
import { placeholderNode, type EditorDoc, type SerializedNode } from './editorDoc';
import type { Letter } from './letter';
import { CUSTOM_PREFIX, PLACEHOLDER_FIELDS, resolvePlaceholder } from './placeholders';
import { bodySkeleton, prefaceSkeleton, type UserTemplate } from './template';

export interface FieldValue {
  key: string;
  text: string;
}

/**
 * The letter's filled placeholder values, longest first so that a value
 * containing another (an article title naming the paper) wins. Single
 * characters are left alone: they would turn ordinary letters into fields.
 */
export function filledValues(letter: Letter, dateStyle?: EnglishDateStyle): FieldValue[] {
  const keys = [
    ...PLACEHOLDER_FIELDS.map((field) => field.key),
    ...Object.keys(letter.fields.custom ?? {}).map((name) => CUSTOM_PREFIX + name),
  ];
  const values: FieldValue[] = [];
  for (const key of keys) {
    const { text, filled } = resolvePlaceholder(key, letter, dateStyle);
    if (filled && text.length > 1 && !values.some((v) => v.text === text)) values.push({ key, text });
  }
  return values.sort((a, b) => b.text.length - a.text.length);
}

function firstMatch(text: string, values: FieldValue[]): { index: number; value: FieldValue } | null {
  let best: { index: number; value: FieldValue } | null = null;
  for (const value of values) {
    const index = text.indexOf(value.text);
    if (index >= 0 && (!best || index < best.index)) best = { index, value };
  }
  return best;
}

/** Splits one string into literal runs and field keys. */
export function unfillText(text: string, values: FieldValue[]): Array<{ text: string } | { key: string }> {
  const parts: Array<{ text: string } | { key: string }> = [];
  let rest = text;
  for (let match = firstMatch(rest, values); match; match = firstMatch(rest, values)) {
    if (match.index > 0) parts.push({ text: rest.slice(0, match.index) });
    parts.push({ key: match.value.key });
    rest = rest.slice(match.index + match.value.text.length);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}

function unfillNode(node: SerializedNode, values: FieldValue[]): SerializedNode[] {
  if (node.type === 'text' && typeof node.text === 'string') {
    // Each literal run keeps the formatting of the text it came from.
    return unfillText(node.text, values).map((part) =>
      'key' in part ? placeholderNode(part.key) : { ...node, text: part.text },
    );
  }
  if (!node.children) return [node];
  return [{ ...node, children: node.children.flatMap((child) => unfillNode(child, values)) }];
}

export function unfillDoc(doc: EditorDoc, values: FieldValue[]): EditorDoc {
  const [root] = unfillNode(structuredClone(doc.root), values);
  return { root: root as EditorDoc['root'] };
}

/** Plain strings (the addressee) get `{{key}}` markers instead of nodes. */
export function unfillString(text: string, values: FieldValue[]): string {
  return unfillText(text, values)
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
export function templateFromLetter(letter: Letter, options: TemplateFromLetterOptions): UserTemplate {
  const values = filledValues(letter, options.dateStyle);
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
