/** Checks a shared-library file (see ../libraryFile.ts), listing every problem with where it is. */
import { z } from 'zod';
import type { EditorDoc } from '../editorDoc';
import { defineMessages, wording, type MessageDescriptor, type Wording } from '../i18n/wording';
import { LIBRARY_FILE_MAX_BYTES, LIBRARY_SCHEMA_VERSION, type LibraryFile } from '../libraryFile';
import { runToEnd } from '../runToEnd';
import { tooMany } from '../tooMany';
import { editorDocSchema } from './editorDoc';
import { FACTS_MAX } from '../publication';
import { publicationFactSchema, publicationSchema } from './publication';
import { signatorySchema } from './signatory';
import { userTemplateSchema } from './template';

// Each problem starts with where it is in the file (`templates[2].name`), a value:
// the file's own keys, which stay as they are in any language.
const messages = defineMessages({
  unknownKey: { id: 'import.problem.unknownKey', defaultMessage: '{path}: unknown key' },
  missing: {
    id: 'import.problem.missing',
    defaultMessage:
      '{path}: missing; expected {expected, select, string {text} number {a number} boolean {true or false} array {a list} object {an object} null {nothing (null)} undefined {nothing} other {{expected}}}',
  },
  wrongType: {
    id: 'import.problem.wrongType',
    defaultMessage:
      '{path}: expected {expected, select, string {text} number {a number} boolean {true or false} array {a list} object {an object} null {nothing (null)} undefined {nothing} other {{expected}}}, found {found, select, string {text} number {a number} boolean {true or false} array {a list} object {an object} null {nothing (null)} undefined {nothing} other {{found}}}',
  },
  textTooLong: {
    id: 'import.problem.textTooLong',
    defaultMessage: '{path}: expected text of at most {max} characters',
  },
  tooManyEntries: {
    id: 'import.problem.tooManyEntries',
    defaultMessage: '{path}: expected at most {max} entries',
  },
  tooBig: { id: 'import.problem.tooBig', defaultMessage: '{path}: expected at most {max}' },
  empty: { id: 'import.problem.empty', defaultMessage: '{path}: must not be empty' },
  textTooShort: {
    id: 'import.problem.textTooShort',
    defaultMessage: '{path}: expected text of at least {min} characters',
  },
  tooSmall: { id: 'import.problem.tooSmall', defaultMessage: '{path}: expected at least {min}' },
  other: { id: 'import.problem.other', defaultMessage: '{path}: {detail}' },
  duplicateId: {
    id: 'import.problem.duplicateId',
    defaultMessage: '{path}: "{value}" appears more than once in the file',
  },
  fileTooLarge: {
    id: 'import.problem.fileTooLarge',
    defaultMessage:
      '(file): the file is {size, number, ::.0} MB; a library file may be at most {max, number, ::.0} MB',
  },
  notJson: { id: 'import.problem.notJson', defaultMessage: '(file): not valid JSON ({detail})' },
  notObject: {
    id: 'import.problem.notLibraryFile',
    defaultMessage: '(file): expected a LetterDesk library file (a JSON object)',
  },
  newerVersion: {
    id: 'import.problem.newerVersion',
    defaultMessage:
      'schemaVersion: the file is version {version}, made by a newer LetterDesk; update LetterDesk to import it',
  },
  wrongVersion: {
    id: 'import.problem.wrongVersion',
    defaultMessage: 'schemaVersion: expected {expected}; this is not a LetterDesk library file',
  },
});

/*
 * One rule at every level of the file: a key LetterDesk does not know is a
 * problem, listed with its place (`templates[2].foo: unknown key`), like any
 * other. The stored schemas stay lenient (a store written by a newer version
 * still opens); an import from elsewhere is checked strictly. The one open
 * part is inside a document: from `root` down, nodes are Lexical's own JSON
 * and carry keys of their own, so they pass, except `"__proto__"`, which no
 * node has (found by `protoKeysIn`).
 */
// editorDocSchema is typed by what it returns; the wrapper has already checked that its input is an object.
export const strictDoc = z
  .object({ root: z.unknown() })
  .strict()
  .pipe(editorDocSchema as z.ZodType<EditorDoc, { root: unknown }>);
// `.strict()` is shallow: each fact inside a profile is held to it as well.
const strictPublication = publicationSchema
  .extend({ facts: z.array(publicationFactSchema.strict()).max(FACTS_MAX).default([]) })
  .strict();
const strictTemplate = userTemplateSchema.extend({ preface: strictDoc, body: strictDoc }).strict();

/** Each kind of item as an import checks it, and how many one file may hold. */
const ITEMS = {
  templates: { schema: strictTemplate, max: 500 },
  signatories: { schema: signatorySchema.strict(), max: 200 },
  publications: { schema: strictPublication, max: 500 },
} as const;
const ITEM_KINDS = ['templates', 'signatories', 'publications'] as const;

const itemList = <S extends z.ZodType>(schema: S, max: number) => z.array(schema).max(max).default([]);

export const libraryFileSchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
    exportedAt: z.string().max(40).default(''),
    templates: itemList(ITEMS.templates.schema, ITEMS.templates.max),
    signatories: itemList(ITEMS.signatories.schema, ITEMS.signatories.max),
    publications: itemList(ITEMS.publications.schema, ITEMS.publications.max),
  })
  .strict();

/** The file's outline only: the items are checked one by one after it, so the check can pause between them. */
const outlineSchema = libraryFileSchema.extend({
  templates: itemList(z.unknown(), ITEMS.templates.max),
  signatories: itemList(z.unknown(), ITEMS.signatories.max),
  publications: itemList(z.unknown(), ITEMS.publications.max),
});

/** `templates[2].preface.root` from zod's `['templates', 2, 'preface', 'root']`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    path.reduce<string>(
      (out, part) =>
        typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part),
      '',
    ) || '(file)'
  );
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The value a zod issue is about, found in the raw input by its path. */
function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    raw,
  );
}

/** One problem, worded; a type's name travels as a value, and the message selects its words. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): Wording {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const found = typeOf(valueAt(raw, issue.path));
      return found === 'undefined'
        ? wording(messages.missing, { path, expected: issue.expected })
        : wording(messages.wrongType, { path, expected: issue.expected, found });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return wording(messages.textTooLong, { path, max });
      if (issue.origin === 'array') return wording(messages.tooManyEntries, { path, max });
      return wording(messages.tooBig, { path, max });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min === 1) return wording(messages.empty, { path });
      if (issue.origin === 'string') return wording(messages.textTooShort, { path, min });
      return wording(messages.tooSmall, { path, min });
    }
    default:
      // A schema's own message (a custom check): technical, passed as it is.
      return wording(messages.other, { path, detail: issue.message });
  }
}

/** One line per problem; an object with unknown keys gives one line per key, each with its own place. */
export function problemsOf(issue: z.core.$ZodIssue, raw: unknown): Wording[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => wording(messages.unknownKey, { path: formatPath([...issue.path, key]) }));
  return [describeIssue(issue, raw)];
}

interface Visit {
  value: unknown;
  key: PropertyKey;
  parent: Visit | null;
}

/** The path of a visited value, built only for the rare one reported. */
function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * `"__proto__"` keys inside documents, where nodes are otherwise open. JSON.parse
 * makes them own keys; zod would drop them silently. Walked with a stack, not
 * recursion, so no document depth can overflow it, in document order. Keys
 * outside documents are the strict schema's to report, so only documents are walked.
 */
function protoKeysIn(raw: unknown): Wording[] {
  const templates = (raw as { templates?: unknown }).templates;
  if (!Array.isArray(templates)) return [];
  const documents: Visit[] = templates.flatMap((template: unknown, index) => {
    const item: Visit = {
      value: template,
      key: index,
      parent: { value: templates, key: 'templates', parent: null },
    };
    return (['preface', 'body'] as const).map((part) => {
      const doc = (template as Record<string, { root?: unknown } | undefined> | null)?.[part];
      return { value: doc?.root, key: 'root', parent: { value: doc, key: part, parent: item } };
    });
  });
  const stack = documents.reverse();
  const found: Wording[] = [];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (Object.hasOwn(value, '__proto__'))
      found.push(wording(messages.unknownKey, { path: formatPath([...pathOf(visit), '__proto__']) }));
    const children = Object.entries(value).map(([key, child]) => ({
      value: child,
      key: Array.isArray(value) ? Number(key) : key,
      parent: visit,
    }));
    stack.push(...children.reverse());
  }
  return found;
}

export type LibraryParse = { ok: true; file: LibraryFile } | { ok: false; problems: Wording[] };

export function duplicateIds(label: string, items: Array<{ id: string }>): Wording[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (!seen.has(item.id)) return (seen.add(item.id), []);
    return [wording(messages.duplicateId, { path: `${label}[${index}].id`, value: item.id })];
  });
}

/** Checks a whole library file; every problem found is listed (at most MAX_PROBLEMS). */
export function parseLibraryFile(content: string): LibraryParse {
  return runToEnd(checkLibraryFile(content));
}

/**
 * The first checks of any imported JSON file (a library file, an archive):
 * JSON, an object, this LetterDesk's schemaVersion. Each kind of file words
 * them its own way (its name, its version numbers), so the messages are given.
 */
export function openImportFile(
  text: string,
  schemaVersion: number,
  say: Record<'notJson' | 'notObject' | 'newerVersion' | 'wrongVersion', MessageDescriptor>,
): { ok: true; raw: Record<string, unknown> } | { ok: false; problems: Wording[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [wording(say.notJson, { detail: (error as Error).message })] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problems: [wording(say.notObject)] };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== schemaVersion) {
    const problem =
      typeof version === 'number' && version > schemaVersion
        ? wording(say.newerVersion, { version })
        : wording(say.wrongVersion, { expected: schemaVersion });
    return { ok: false, problems: [problem] };
  }
  return { ok: true, raw: raw as Record<string, unknown> };
}

/**
 * Each item of each listed kind against its schema, pausing (`yield`) after
 * each one; the issues carry the item's place (`kind[index]…`). Items that
 * fail are left out of `items` (the caller reports the issues instead).
 */
export function* checkItems<K extends string>(
  raw: Record<string, unknown>,
  schemas: Record<K, z.ZodType>,
  kinds: readonly K[],
): Generator<void, { items: Record<K, unknown[]>; issues: z.core.$ZodIssue[] }, void> {
  const issues: z.core.$ZodIssue[] = [];
  const items = {} as Record<K, unknown[]>;
  for (const kind of kinds) {
    const listed = raw[kind];
    const checked: unknown[] = [];
    for (const [index, item] of (Array.isArray(listed) ? listed : []).entries()) {
      const result = schemas[kind].safeParse(item);
      if (result.success) checked.push(result.data);
      for (const issue of result.error?.issues ?? [])
        issues.push({ ...issue, path: [kind, index, ...issue.path] });
      yield;
    }
    items[kind] = checked;
  }
  return { items, issues };
}

/**
 * The same check, pausing (`yield`) after each item, so a server can answer
 * other requests while a 5 MB file is checked (see runInSlices).
 */
export function* checkLibraryFile(content: string): Generator<void, LibraryParse, void> {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > LIBRARY_FILE_MAX_BYTES) {
    const mb = (n: number) => n / 1024 / 1024;
    return {
      ok: false,
      problems: [wording(messages.fileTooLarge, { size: mb(bytes), max: mb(LIBRARY_FILE_MAX_BYTES) })],
    };
  }
  const opened = openImportFile(content, LIBRARY_SCHEMA_VERSION, messages);
  if (!opened.ok) return opened;
  const { raw } = opened;
  const outline = outlineSchema.safeParse(raw);
  const schemas = {
    templates: ITEMS.templates.schema,
    signatories: ITEMS.signatories.schema,
    publications: ITEMS.publications.schema,
  };
  const { items, issues: itemIssues } = yield* checkItems(raw, schemas, ITEM_KINDS);
  const issues = [...(outline.error?.issues ?? []), ...itemIssues];
  const problems = [...issues.flatMap((issue) => problemsOf(issue, raw)), ...protoKeysIn(raw)];
  if (!outline.success || problems.length) return { ok: false, problems: tooMany(problems) };
  const file = { ...outline.data, ...items } as LibraryFile;
  const duplicates = [
    ...duplicateIds('templates', file.templates),
    ...duplicateIds('signatories', file.signatories),
    ...duplicateIds('publications', file.publications),
  ];
  return duplicates.length ? { ok: false, problems: tooMany(duplicates) } : { ok: true, file };
}

/** The problems' wordings, for other imports checked the same way (core/archive/archiveFile.ts). */
export { messages as importProblemMessages };
