/**
 * The archive (docs/technical/archive.md): a selection of the letter log in
 * one `.zip` — `archive.json` (the letters as stored, their versions, the
 * sendings), the file each sending handed out under `sent/`, and the log as
 * CSV — and its import into another library, whole or not at all.
 *
 * The import checks the whole file first (size, zip, inflated bytes,
 * archive.json strictly, integrity); a file with any problem changes
 * nothing. Then it only adds: a letter the library has keeps its stored
 * text, a version or sending the library has is not written again. If a
 * write fails halfway, what this import wrote is removed again.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ArchiveImportResult, ArchivePreview, ArchiveSelection } from '../../../core/archive/archive';
import {
  ARCHIVE_JSON,
  ARCHIVE_KIND,
  ARCHIVE_SCHEMA_VERSION,
  type ArchivedLetter,
  type ArchivedSentFile,
  type ArchiveFile,
  type ArchivedText,
} from '../../../core/archive/archiveFile';
import { checkArchiveFile } from '../../../core/schemas/archiveFile';
import { ARCHIVE_MAX_BYTES } from '../../../core/archive/archiveLimits';
import { archivePreview, selectSendings } from '../../../core/archive/selection';
import { safeFileName } from '../../../core/exportFileName';
import type { ExportVariant } from '../../../core/exportVariants';
import type { LetterContent, VersionSummary } from '../../../core/history/version';
import type { Letter } from '../../../core/letter';
import { defineMessages, wording } from '../../../core/i18n/wording';
import type { UiLanguage } from '../../../core/i18n/languages';
import { logCsvRows } from '../../../core/log/csv';
import { dayOf } from '../../../core/log/replyWindow';
import type { Sending } from '../../../core/log/sending';
import type { ExportFile } from '../docxExportFile';
import { UserFacingError } from '../errors';
import type { ExportService } from '../exportService';
import type { HistoryService } from '../history/historyService';
import { contentDigest } from '../history/versionDigest';
import { ImportProblemsError } from '../libraryService';
import type { LetterService } from '../letterService';
import type { Place } from '../letterIndexFile';
import type { LogService } from '../log/logService';
import { csvText } from '../log/csvText';
import { sayIn } from '../sayIn';
import { yieldToEventLoop } from '../yieldToEventLoop';
import { readArchiveZip } from '../../../core/archive/readArchiveZip';

const messages = defineMessages({
  empty: {
    id: 'archive.error.empty',
    defaultMessage:
      'There is nothing to archive: no sending in the log matches this year and publication. Choose another year or publication.',
  },
  tooBig: {
    id: 'archive.error.tooBig',
    defaultMessage:
      'This archive would be {size, number, ::.0} MB; an archive may be at most {max, number, ::.0} MB. Archive a smaller selection: one publication, or one year.',
  },
  readme: {
    id: 'archive.readme',
    defaultMessage:
      'LetterDesk archive. archive.json holds the letters, their versions and the sendings, for LetterDesk to import. The folder sent/ holds the file each sending handed out, built again from the version that was sent. log.csv is the letter log of this selection, for a spreadsheet.',
  },
});

/** Prints a print page (core/letterHtml) to PDF bytes: Electron main provides one; browser mode has none. */
export type PdfOf = (html: string) => Promise<Uint8Array>;

export interface ArchiveServiceOptions {
  letters: Pick<LetterService, 'get' | 'indexedPlace' | 'adopt' | 'unadopt' | 'placeOf'>;
  history: Pick<HistoryService, 'list' | 'get' | 'storedText' | 'adopt' | 'unadopt'>;
  log: Pick<LogService, 'sendings' | 'adopt' | 'unadopt'>;
  exports: Pick<ExportService, 'fromLetter' | 'printPageOf'>;
  pdfOf?: PdfOf;
  now?: () => Date;
}

const MB = 1024 * 1024;
/** Letters (each with its versions) and sendings written at once by an import. */
const LETTER_BATCH = 8;
const SENDING_BATCH = 32;
const encoder = new TextEncoder();

export class ArchiveService {
  constructor(private readonly options: ArchiveServiceOptions) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async preview(selection: ArchiveSelection): Promise<ArchivePreview> {
    const { letters } = this.options;
    return archivePreview(
      await this.options.log.sendings(),
      selection,
      (id) => letters.indexedPlace(id) !== null,
    );
  }

  async export(selection: ArchiveSelection): Promise<ExportFile> {
    const sendings = selectSendings(await this.options.log.sendings(), selection);
    if (!sendings.length) throw new UserFacingError('not-found', wording(messages.empty));
    const { letters, texts, absent } = await this.gather(sendings);
    const zip: Zippable = {};
    const files: ArchivedSentFile[] = [];
    const names = new Set<string>();
    // A version sent to several papers is built once per variant.
    const built = new Map<string, Uint8Array>();
    for (const sending of sendings) {
      if (absent.versions.includes(sending.versionId) || absent.letters.includes(sending.letterId)) continue;
      for (const made of await this.sentFiles(sending, built)) {
        const path = `sent/${uniqueName(names, made.stem, made.extension)}`;
        // DOCX and PDF are compressed already: stored as they are.
        zip[path] = [made.bytes, { level: made.extension === 'html' ? 6 : 0 }];
        files.push({ path, sendingId: sending.id, format: made.extension });
      }
      await yieldToEventLoop();
    }
    const file: ArchiveFile = {
      schemaVersion: ARCHIVE_SCHEMA_VERSION,
      kind: ARCHIVE_KIND,
      exportedAt: this.now().toISOString(),
      selection,
      letters,
      texts,
      sendings,
      absent,
      files,
    };
    zip[ARCHIVE_JSON] = encoder.encode(`${JSON.stringify(file, null, 1)}\n`);
    zip['log.csv'] = encoder.encode(await this.csv(sendings, 'en'));
    zip['log.zh-CN.csv'] = encoder.encode(await this.csv(sendings, 'zh-CN'));
    zip['README.txt'] = encoder.encode(await this.readme());
    const bytes = zipSync(zip, { level: 6, mtime: this.now() });
    if (bytes.length > ARCHIVE_MAX_BYTES)
      throw new UserFacingError(
        'export',
        wording(messages.tooBig, { size: bytes.length / MB, max: ARCHIVE_MAX_BYTES / MB }),
      );
    const fileName = safeFileName(
      ['LetterDesk archive', selection.year, selection.publication?.trim()].filter(Boolean).join(' – '),
      'zip',
      'LetterDesk archive',
    );
    return { fileName, title: fileName, bytes, mimeType: 'application/zip' };
  }

  /** The letters of `sendings` as stored now, each with every version the history holds. */
  private async gather(sendings: Sending[]): Promise<Pick<ArchiveFile, 'letters' | 'texts' | 'absent'>> {
    const { letters: letterService, history } = this.options;
    const letters: ArchivedLetter[] = [];
    const texts = new Map<string, ArchivedText>();
    const absent = { letters: [] as string[], versions: [] as string[] };
    const included = new Set<string>();
    for (const letterId of new Set(sendings.map((sending) => sending.letterId))) {
      let letter;
      try {
        letter = await letterService.get(letterId);
      } catch {
        // Deleted for good (or unreadable): its sendings are archived, their letter listed as absent.
        absent.letters.push(letterId);
        continue;
      }
      const versions: VersionSummary[] = [];
      for (const version of [...(await history.list(letterId)).versions].reverse()) {
        try {
          const content = texts.get(version.digest)?.content ?? (await history.storedText(version));
          texts.set(version.digest, { digest: version.digest, content: content as LetterContent });
          versions.push(version);
          included.add(version.id);
        } catch {
          // A text that cannot be read is not archived; a sending of it names it as absent.
        }
      }
      letters.push({ letter, versions });
      await yieldToEventLoop();
    }
    for (const sending of sendings)
      if (!absent.letters.includes(sending.letterId) && !included.has(sending.versionId))
        absent.versions.push(sending.versionId);
    return { letters, texts: [...texts.values()], absent };
  }

  /** The DOCX (and for a PDF sending the PDF, or its print page) of the version sent, built now. */
  private async sentFiles(
    sending: Sending,
    built: Map<string, Uint8Array>,
  ): Promise<Array<{ stem: string; extension: ArchivedSentFile['format']; bytes: Uint8Array }>> {
    const { version, letter } = await this.options.history.get(sending.letterId, sending.versionId);
    // A handout names the variant that left; a version kept by "Mark as sent…" is the letter for the editor.
    const variant: ExportVariant =
      version.handout && 'variant' in version.handout ? version.handout.variant : 'editor';
    const stem = `${dayOf(sending.sentAt)} ${sending.publication.trim()} – ${sending.title}`;
    const made: Array<{ stem: string; extension: ArchivedSentFile['format']; bytes: Uint8Array }> = [
      { stem, extension: 'docx', bytes: await this.docx(letter, `${version.id}:${variant}`, variant, built) },
    ];
    if (sending.channel === 'pdf') {
      const page = this.options.exports.printPageOf(letter, variant);
      made.push(
        this.options.pdfOf
          ? { stem, extension: 'pdf', bytes: await this.options.pdfOf(page.html) }
          : { stem, extension: 'html', bytes: encoder.encode(page.html) },
      );
    }
    return made;
  }

  private async docx(
    letter: Letter,
    key: string,
    variant: ExportVariant,
    built: Map<string, Uint8Array>,
  ): Promise<Uint8Array> {
    let bytes = built.get(key);
    if (!bytes) built.set(key, (bytes = (await this.options.exports.fromLetter(letter, variant)).bytes));
    return bytes;
  }

  private async csv(sendings: Sending[], language: UiLanguage): Promise<string> {
    const say = await sayIn(language);
    return csvText(logCsvRows(sendings, dayOf(this.now()), say));
  }

  private async readme(): Promise<string> {
    const [en, zh] = await Promise.all([sayIn('en'), sayIn('zh-CN')]);
    return `${en(messages.readme)}\r\n\r\n${zh(messages.readme)}\r\n`;
  }

  // ---- Import. ----

  async import(fileName: string, content: string): Promise<ArchiveImportResult> {
    const bytes = new Uint8Array(Buffer.from(content, 'base64'));
    const unpacked = readArchiveZip(bytes);
    if (!unpacked.ok) throw new ImportProblemsError(fileName, unpacked.problems);
    await yieldToEventLoop();
    const parsed = checkArchiveFile(unpacked.json, (raw) => contentDigest(raw as Record<string, unknown>));
    if (!parsed.ok) throw new ImportProblemsError(fileName, parsed.problems);
    await yieldToEventLoop();
    return this.write(parsed.file, JSON.parse(unpacked.json) as { texts: Array<{ content: unknown }> });
  }

  /** Adds what the library lacks; on any failure removes what it added and throws. */
  private async write(
    file: ArchiveFile,
    raw: { texts: Array<{ content: unknown }> },
  ): Promise<ArchiveImportResult> {
    const { letters, history, log } = this.options;
    // Texts written as they are in the file, so each keeps the digest it was checked against.
    const textOf = new Map(file.texts.map((text, index) => [text.digest, raw.texts[index].content]));
    const result: ArchiveImportResult = {
      letters: { added: 0, alreadyThere: 0 },
      versions: { added: 0, alreadyThere: 0 },
      sendings: { added: 0, alreadyThere: 0 },
    };
    const undo: Array<() => Promise<void>> = [];
    try {
      await inBatches(file.letters, LETTER_BATCH, async ({ letter, versions }) => {
        let place: Place | null = await letters.adopt(letter);
        if (place) {
          result.letters.added += 1;
          const at = place;
          undo.push(() => letters.unadopt(letter.id, at));
        } else {
          result.letters.alreadyThere += 1;
          place = (await letters.placeOf(letter.id)) ?? 'letters';
        }
        const made: string[] = [];
        undo.push(() => history.unadopt(letter.id, made));
        const added = await history.adopt(
          letter.id,
          place,
          versions.map((record) => ({ record, content: textOf.get(record.digest) })),
          made,
        );
        result.versions.added += added;
        result.versions.alreadyThere += versions.length - added;
      });
      await inBatches(file.sendings, SENDING_BATCH, async (sending) => {
        if (await log.adopt(sending)) {
          result.sendings.added += 1;
          undo.push(() => log.unadopt(sending.id));
        } else {
          result.sendings.alreadyThere += 1;
        }
      });
    } catch (error) {
      // Newest first; each undo is attempted, so one that fails does not keep the rest from running.
      for (const step of undo.reverse()) await step().catch(() => undefined);
      throw error;
    }
    return result;
  }
}

/**
 * Runs `task` over `items`, `size` at a time: every write is flushed to disk
 * (writeFileAtomic), and waiting for one flush at a time would make a big
 * import take minutes. Each batch settles before a failure is thrown, so no
 * write lands after the rollback that follows.
 */
async function inBatches<T>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const settled = await Promise.allSettled(items.slice(start, start + size).map(task));
    const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** A file name not used yet in the archive: "… (2).docx" after the first. */
function uniqueName(names: Set<string>, stem: string, extension: string): string {
  for (let n = 1; ; n++) {
    const name = safeFileName(n === 1 ? stem : `${stem} (${n})`, extension);
    if (!names.has(name.toLowerCase())) {
      names.add(name.toLowerCase());
      return name;
    }
  }
}
