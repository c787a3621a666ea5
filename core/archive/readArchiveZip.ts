/**
 * The import's checks on an archive's bytes before anything reads its
 * contents, each refusal a problem worded for the user: the size
 * (ARCHIVE_MAX_BYTES), that it is a zip at all, a whole one (its central
 * directory), how many entries it has, and what they inflate to — counted
 * as they are inflated (core/zip/inflateZip.ts), so a zip bomb is stopped
 * early. Then `archive.json`, as UTF-8 text.
 */
import { readZipDirectory } from '../import/docxChecks';
import { defineMessages, wording, type Wording } from '../i18n/wording';
import { inflateZip, ZipInflateError } from '../zip/inflateZip';
import { ARCHIVE_JSON } from './archiveFile';
import { ARCHIVE_MAX_BYTES } from './archiveLimits';

/** All entries together: archive.json of a big selection is tens of MB; the sent files are stored, not deflated. */
export const ARCHIVE_UNPACKED_MAX_BYTES = 256 * 1024 * 1024;
/** More than a sent file or two per sending of a big archive: beyond it, not an archive of ours. */
export const ARCHIVE_MAX_ENTRIES = 50_000;
/** As for DOCX (core/import/docxPackage.ts): JSON deflates 10–20 times, deflate at most about 1032. */
const MAX_RATIO = 200;
const RATIO_FROM = 8 * 1024 * 1024;

const messages = defineMessages({
  tooBig: {
    id: 'archive.problem.tooBig',
    defaultMessage:
      '(file): the archive is {size, number, ::.0} MB; an archive may be at most {max, number, ::.0} MB. Export a smaller selection (one publication, or one year) and import that.',
  },
  notZip: {
    id: 'archive.problem.notZip',
    defaultMessage: '(file): not a zip archive; a LetterDesk archive is a .zip file',
  },
  damaged: {
    id: 'archive.problem.damaged',
    defaultMessage: '(file): the zip archive is damaged or incomplete; export it again',
  },
  tooManyEntries: {
    id: 'archive.problem.tooManyEntries',
    defaultMessage: '(file): the zip holds {count} files; an archive holds at most {max}',
  },
  bomb: {
    id: 'archive.problem.bomb',
    defaultMessage:
      '(file): the zip unpacks to more than {max, number, ::.0} MB, or far more than its size; it is not a LetterDesk archive',
  },
  noArchiveJson: {
    id: 'archive.problem.noArchiveJson',
    defaultMessage: '(file): the zip has no archive.json; it is not a LetterDesk archive',
  },
  duplicateEntry: {
    id: 'archive.problem.duplicateEntry',
    defaultMessage: '(file): the zip holds “{name}” more than once',
  },
});

export type ArchiveZip = { ok: true; json: string } | { ok: false; problems: Wording[] };

const MB = 1024 * 1024;
const refused = (problem: Wording): ArchiveZip => ({ ok: false, problems: [problem] });

export function readArchiveZip(bytes: Uint8Array): ArchiveZip {
  if (bytes.length > ARCHIVE_MAX_BYTES)
    return refused(wording(messages.tooBig, { size: bytes.length / MB, max: ARCHIVE_MAX_BYTES / MB }));
  const zipStart =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zipStart) return refused(wording(messages.notZip));
  let entries: Array<{ name: string }>;
  try {
    entries = readZipDirectory(bytes);
  } catch {
    return refused(wording(messages.damaged));
  }
  if (entries.length > ARCHIVE_MAX_ENTRIES)
    return refused(wording(messages.tooManyEntries, { count: entries.length, max: ARCHIVE_MAX_ENTRIES }));
  const names = new Set<string>();
  for (const { name } of entries) {
    if (names.has(name)) return refused(wording(messages.duplicateEntry, { name: name.slice(0, 200) }));
    names.add(name);
  }
  if (!names.has(ARCHIVE_JSON)) return refused(wording(messages.noArchiveJson));
  let kept: Map<string, Uint8Array>;
  try {
    kept = inflateZip(
      bytes,
      entries,
      { maxTotalBytes: ARCHIVE_UNPACKED_MAX_BYTES, maxRatio: MAX_RATIO, ratioFrom: RATIO_FROM },
      (name) => name === ARCHIVE_JSON,
    );
  } catch (error) {
    if (error instanceof ZipInflateError && error.reason === 'bomb')
      return refused(wording(messages.bomb, { max: ARCHIVE_UNPACKED_MAX_BYTES / MB }));
    return refused(wording(messages.damaged));
  }
  const json = kept.get(ARCHIVE_JSON);
  if (!json) return refused(wording(messages.damaged));
  try {
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(json) };
  } catch {
    return refused(wording(messages.damaged));
  }
}
