/** Checks a shared-library file (see ../libraryFile.ts), listing every problem with where it is. */
import { z } from 'zod';
import type { EditorDoc } from '../editorDoc';
import { formatMessage } from '../messages';
import {
  LIBRARY_FILE_MAX_BYTES,
  LIBRARY_SCHEMA_VERSION,
  MAX_PROBLEMS,
  type LibraryFile,
} from '../libraryFile';
import { editorDocSchema } from './editorDoc';
import { publicationSchema } from './publication';
import { signatorySchema } from './signatory';
import { userTemplateSchema } from './template';

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
const strictDoc = z
  .object({ root: z.unknown() })
  .strict()
  .pipe(editorDocSchema as z.ZodType<EditorDoc, { root: unknown }>);
const strictTemplate = userTemplateSchema.extend({ preface: strictDoc, body: strictDoc }).strict();

/** Each kind of item as an import checks it, and how many one file may hold. */
const ITEMS = {
  templates: { schema: strictTemplate, max: 500 },
  signatories: { schema: signatorySchema.strict(), max: 200 },
  publications: { schema: publicationSchema.strict(), max: 500 },
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

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'nothing (null)',
  undefined: 'nothing',
};

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

const typeWord = (type: string) => TYPE_WORDS[type] ?? type;

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const found = typeOf(valueAt(raw, issue.path));
      return found === 'undefined'
        ? `missing; expected ${typeWord(issue.expected)}`
        : `expected ${typeWord(issue.expected)}, found ${typeWord(found)}`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `expected text of at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `expected at most ${issue.maximum} entries`;
      return `expected at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      if (issue.origin === 'string') return `expected text of at least ${issue.minimum} characters`;
      return `expected at least ${issue.minimum}`;
    default:
      return issue.message;
  }
}

/** One line per problem; an object with unknown keys gives one line per key, each with its own place. */
function problemsOf(issue: z.core.$ZodIssue, raw: unknown): string[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown key`);
  return [`${formatPath(issue.path)}: ${describeIssue(issue, raw)}`];
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
function protoKeysIn(raw: unknown): string[] {
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
  const found: string[] = [];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (Object.hasOwn(value, '__proto__'))
      found.push(`${formatPath([...pathOf(visit), '__proto__'])}: unknown key`);
    const children = Object.entries(value).map(([key, child]) => ({
      value: child,
      key: Array.isArray(value) ? Number(key) : key,
      parent: visit,
    }));
    stack.push(...children.reverse());
  }
  return found;
}

export type LibraryParse = { ok: true; file: LibraryFile } | { ok: false; problems: string[] };

function tooMany(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    formatMessage('moreProblems', { count: problems.length - MAX_PROBLEMS }),
  ];
}

function duplicateIds(label: string, items: Array<{ id: string }>): string[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (!seen.has(item.id)) return (seen.add(item.id), []);
    return [`${label}[${index}].id: "${item.id}" appears more than once in the file`];
  });
}

/** Checks a whole library file; every problem found is listed (at most MAX_PROBLEMS). */
export function parseLibraryFile(content: string): LibraryParse {
  const check = checkLibraryFile(content);
  for (;;) {
    const step = check.next();
    if (step.done) return step.value;
  }
}

/**
 * The same check, pausing (`yield`) after each item, so a server can answer
 * other requests while a 5 MB file is checked (see runInSlices).
 */
export function* checkLibraryFile(content: string): Generator<void, LibraryParse, void> {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > LIBRARY_FILE_MAX_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      problems: [
        `(file): the file is ${mb(bytes)} MB; a library file may be at most ${mb(LIBRARY_FILE_MAX_BYTES)} MB`,
      ],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    return { ok: false, problems: [`(file): not valid JSON (${(error as Error).message})`] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problems: ['(file): expected a LetterDesk library file (a JSON object)'] };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== LIBRARY_SCHEMA_VERSION) {
    const problem =
      typeof version === 'number' && version > LIBRARY_SCHEMA_VERSION
        ? `schemaVersion: the file is version ${version}, made by a newer LetterDesk; update LetterDesk to import it`
        : `schemaVersion: expected ${LIBRARY_SCHEMA_VERSION}; this is not a LetterDesk library file`;
    return { ok: false, problems: [problem] };
  }
  const outline = outlineSchema.safeParse(raw);
  const issues = [...(outline.error?.issues ?? [])];
  const items: Record<string, unknown[]> = {};
  for (const kind of ITEM_KINDS) {
    const listed = (raw as Record<string, unknown>)[kind];
    const checked: unknown[] = [];
    for (const [index, item] of (Array.isArray(listed) ? listed : []).entries()) {
      const result = ITEMS[kind].schema.safeParse(item);
      if (result.success) checked.push(result.data);
      for (const issue of result.error?.issues ?? [])
        issues.push({ ...issue, path: [kind, index, ...issue.path] });
      yield;
    }
    items[kind] = checked;
  }
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
