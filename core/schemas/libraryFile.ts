/** Checks a shared-library file (see ../libraryFile.ts), listing every problem with where it is. */
import { z } from 'zod';
import {
  LIBRARY_FILE_MAX_BYTES,
  LIBRARY_SCHEMA_VERSION,
  MAX_PROBLEMS,
  type LibraryFile,
} from '../libraryFile';
import { publicationSchema } from './publication';
import { signatorySchema } from './signatory';
import { userTemplateSchema } from './template';

export const libraryFileSchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
    exportedAt: z.string().max(40).default(''),
    templates: z.array(userTemplateSchema).max(500).default([]),
    signatories: z.array(signatorySchema).max(200).default([]),
    publications: z.array(publicationSchema).max(500).default([]),
  })
  .strict();

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
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}

export type LibraryParse = { ok: true; file: LibraryFile } | { ok: false; problems: string[] };

function tooMany(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    `…and ${problems.length - MAX_PROBLEMS} more problems. Fix these first.`,
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
  const result = libraryFileSchema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: tooMany(
        result.error.issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue, raw)}`),
      ),
    };
  }
  const file = result.data;
  const duplicates = [
    ...duplicateIds('templates', file.templates),
    ...duplicateIds('signatories', file.signatories),
    ...duplicateIds('publications', file.publications),
  ];
  return duplicates.length ? { ok: false, problems: tooMany(duplicates) } : { ok: true, file };
}
