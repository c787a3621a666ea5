/**
 * The import's check of an archive's `archive.json` (types in
 * ../archive/archiveFile.ts), as the template library's file is checked
 * (./libraryFile.ts): strictly, every problem listed with its place
 * (`letters[2].versions[0].id`), then for integrity (every sending's letter
 * and version in the file, ids unique, each text matching its digest). The
 * stored schemas stay lenient for files this library wrote; a file from
 * elsewhere meets the strict ones.
 */
import { z } from 'zod';
import {
  ARCHIVE_KIND,
  ARCHIVE_LIMITS,
  ARCHIVE_SCHEMA_VERSION,
  type ArchiveFile,
} from '../archive/archiveFile';
import { THREADS_MAX } from '../comments/thread';
import { EXPORT_VARIANTS } from '../exportVariants';
import { COPY_FORMATS } from '../history/version';
import { defineMessages, wording, type Wording } from '../i18n/wording';
import { commentThreadSchema } from './comment';
import { runToEnd } from '../runToEnd';
import { tooMany } from '../tooMany';
import { letterSchema } from './letter';
import {
  checkItems,
  duplicateIds,
  formatPath,
  importProblemMessages,
  openImportFile,
  problemsOf,
  strictDoc,
} from './libraryFile';
import { sendingSchema } from './sending';
import { versionRecordSchema } from './version';

const messages = defineMessages({
  notJson: { id: 'archive.problem.notJson', defaultMessage: 'archive.json: not valid JSON ({detail})' },
  notObject: {
    id: 'archive.problem.notArchive',
    defaultMessage: 'archive.json: expected a LetterDesk archive (a JSON object)',
  },
  newerVersion: {
    id: 'archive.problem.newerVersion',
    defaultMessage:
      'schemaVersion: the archive is version {version}, made by a newer LetterDesk; update LetterDesk to import it',
  },
  wrongVersion: {
    id: 'archive.problem.wrongVersion',
    defaultMessage: 'schemaVersion: expected {expected}; this is not a LetterDesk archive',
  },
  versionOfOther: {
    id: 'archive.problem.versionOfOther',
    defaultMessage: '{path}: the version belongs to letter "{value}", not to the letter it is listed under',
  },
  noText: {
    id: 'archive.problem.noText',
    defaultMessage: '{path}: no text with digest "{value}" in the file',
  },
  digestMismatch: {
    id: 'archive.problem.digestMismatch',
    defaultMessage: '{path}: the text does not match its digest; the file was changed or damaged',
  },
  missingLetter: {
    id: 'archive.problem.missingLetter',
    defaultMessage: '{path}: letter "{value}" is neither in the file nor listed as absent',
  },
  missingVersion: {
    id: 'archive.problem.missingVersion',
    defaultMessage: '{path}: version "{value}" is neither in the file nor listed as absent',
  },
});

// `.strict()` is shallow: documents, comment threads, handouts and counts are each held to it too.
const strictThread = commentThreadSchema.strict();
const strictLetter = letterSchema
  .extend({
    preface: strictDoc,
    body: strictDoc,
    comments: z.array(strictThread).max(THREADS_MAX).default([]),
  })
  .strict();
const strictContent = strictLetter.omit({ revision: true, updatedAt: true, deletedAt: true, comments: true });
const strictVersion = versionRecordSchema
  .omit({ schemaVersion: true })
  .extend({
    handout: z
      .union([
        z.object({ action: z.enum(['docx', 'email', 'pdf']), variant: z.enum(EXPORT_VARIANTS) }).strict(),
        z.object({ action: z.literal('copy'), format: z.enum(COPY_FORMATS) }).strict(),
      ])
      .optional(),
    counts: versionRecordSchema.shape.counts.strict(),
    approval: versionRecordSchema.shape.approval.strict(),
  })
  .strict();

const ITEMS = {
  letters: z
    .object({
      letter: strictLetter,
      versions: z.array(strictVersion).max(ARCHIVE_LIMITS.versionsPerLetter),
    })
    .strict(),
  texts: z
    .object({
      digest: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest'),
      content: strictContent,
    })
    .strict(),
  sendings: sendingSchema,
} as const;
const ITEM_KINDS = ['letters', 'texts', 'sendings'] as const;

const idList = z.array(z.string().max(64)).max(ARCHIVE_LIMITS.absent);
const outlineSchema = z
  .object({
    schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
    kind: z.literal(ARCHIVE_KIND),
    exportedAt: z.string().max(40),
    selection: z
      .object({
        year: z.number().int().min(1900).max(2200).nullable(),
        publication: z.string().max(200).nullable(),
      })
      .strict(),
    letters: z.array(z.unknown()).max(ARCHIVE_LIMITS.letters),
    texts: z.array(z.unknown()).max(ARCHIVE_LIMITS.texts),
    sendings: z.array(z.unknown()).max(ARCHIVE_LIMITS.sendings),
    absent: z.object({ letters: idList, versions: idList }).strict(),
    files: z
      .array(
        z
          .object({
            path: z.string().max(400),
            sendingId: z.string().max(64),
            format: z.enum(['docx', 'pdf', 'html']),
          })
          .strict(),
      )
      .max(ARCHIVE_LIMITS.files),
  })
  .strict();

export type ArchiveParse = { ok: true; file: ArchiveFile } | { ok: false; problems: Wording[] };

/**
 * `"__proto__"` keys anywhere: JSON.parse makes them own keys, which zod's
 * open parts (inside documents) would let through. Walked with a stack, not
 * recursion, so no depth can overflow it.
 */
function protoKeys(raw: unknown): Wording[] {
  const found: Wording[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: raw, path: [] }];
  for (let at = stack.pop(); at; at = stack.pop()) {
    const { value, path } = at;
    if (value === null || typeof value !== 'object') continue;
    if (Object.hasOwn(value, '__proto__'))
      found.push(wording(importProblemMessages.unknownKey, { path: formatPath([...path, '__proto__']) }));
    const isArray = Array.isArray(value);
    for (const [key, child] of Object.entries(value))
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, path: [...path, isArray ? Number(key) : key] });
  }
  return found;
}

/**
 * Checks `archive.json`'s text: shape first (every problem listed), then
 * integrity. `digestOf` is the history's content digest (Node's crypto, so
 * given by the caller: core stays pure), applied to each text as written.
 */
export function checkArchiveFile(text: string, digestOf: (content: unknown) => string): ArchiveParse {
  const opened = openImportFile(text, ARCHIVE_SCHEMA_VERSION, messages);
  if (!opened.ok) return opened;
  const { raw } = opened;
  const outline = outlineSchema.safeParse(raw);
  // This check does not pause (the archive service calls it in one go), so the item check's pauses are run through.
  const { items, issues: itemIssues } = runToEnd(checkItems(raw, ITEMS, ITEM_KINDS));
  const issues = [...(outline.error?.issues ?? []), ...itemIssues];
  const problems = [...issues.flatMap((issue) => problemsOf(issue, raw)), ...protoKeys(raw)];
  if (!outline.success || problems.length) return { ok: false, problems: tooMany(problems) };
  const file = { ...outline.data, ...items } as ArchiveFile;
  // The texts as written (before defaults), which is what their digests were taken of.
  const rawTexts = (raw as { texts: Array<{ content: unknown }> }).texts;
  const integrity = integrityProblems(file, (index) => digestOf(rawTexts[index].content));
  return integrity.length ? { ok: false, problems: tooMany(integrity) } : { ok: true, file };
}

function integrityProblems(file: ArchiveFile, digestAt: (index: number) => string): Wording[] {
  const problems: Wording[] = [
    ...duplicateIds(
      'letters',
      file.letters.map((entry) => entry.letter),
    ),
    ...duplicateIds(
      'sendings',
      file.sendings.map((sending) => sending),
    ),
  ];
  const texts = new Set<string>();
  file.texts.forEach((text, index) => {
    const path = `texts[${index}].digest`;
    if (texts.has(text.digest))
      problems.push(wording(importProblemMessages.duplicateId, { path, value: text.digest }));
    texts.add(text.digest);
    if (digestAt(index) !== text.digest)
      problems.push(wording(messages.digestMismatch, { path: `texts[${index}]` }));
  });
  const versionsOf = new Map<string, Set<string>>();
  const allVersions = new Set<string>();
  file.letters.forEach(({ letter, versions }, l) => {
    const ids = new Set<string>();
    versionsOf.set(letter.id, ids);
    versions.forEach((version, v) => {
      const at = `letters[${l}].versions[${v}]`;
      if (allVersions.has(version.id))
        problems.push(wording(importProblemMessages.duplicateId, { path: `${at}.id`, value: version.id }));
      allVersions.add(version.id);
      ids.add(version.id);
      if (version.letterId !== letter.id)
        problems.push(wording(messages.versionOfOther, { path: `${at}.letterId`, value: version.letterId }));
      if (!texts.has(version.digest))
        problems.push(wording(messages.noText, { path: `${at}.digest`, value: version.digest }));
    });
  });
  const absentLetters = new Set(file.absent.letters);
  const absentVersions = new Set(file.absent.versions);
  file.sendings.forEach((sending, index) => {
    const versions = versionsOf.get(sending.letterId);
    if (!versions) {
      if (!absentLetters.has(sending.letterId))
        problems.push(
          wording(messages.missingLetter, { path: `sendings[${index}].letterId`, value: sending.letterId }),
        );
    } else if (!versions.has(sending.versionId) && !absentVersions.has(sending.versionId)) {
      problems.push(
        wording(messages.missingVersion, { path: `sendings[${index}].versionId`, value: sending.versionId }),
      );
    }
  });
  return problems;
}
