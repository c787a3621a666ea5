/**
 * The archive's round trip (issue 14's "Done means"): a library with several
 * letters, versions, sendings and outcomes, a trashed letter and a deleted
 * letter's sending, exported by year and by publication, imported into an
 * empty library: the same letters, versions and log. Imported again, nothing
 * is added twice. And what the zip holds besides: the DOCX of the version
 * sent (not the current text), the print page of a PDF sending, the CSV.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ArchiveImportResult, ArchivePreview } from '../../core/archive/archive';
import type { ArchiveFile } from '../../core/archive/archiveFile';
import { letterContent } from '../../core/history/version';
import type { Services } from '../../electron/services/createServices';
import { base64, buildLibrary, TEXTS, useArchiveFolders } from '../helpers/archiveLibrary';
import { openContract } from '../helpers/contract';

const { folders, now, tick } = useArchiveFolders();

const sortById = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));

async function historyOf(services: Services, letterId: string) {
  const { versions } = await services.history.list(letterId);
  return Promise.all(
    sortById(versions).map(async (version) => ({
      version,
      content: letterContent((await services.history.get(letterId, version.id)).letter),
    })),
  );
}

const docxText = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

describe('the archive round trip', () => {
  it('brings a year back into an empty library: the same letters, versions and log; twice adds nothing', async () => {
    const from = await openContract(folders.source, now);
    const made = await buildLibrary(from.services, tick);
    const exported = await from.call<{ status: string }>('archive.export', {
      selection: { year: 2026, publication: null },
    });
    expect(exported.status).toBe('saved');
    const [file] = from.files;
    expect(file.fileName).toBe('LetterDesk archive – 2026.zip');

    const to = await openContract(folders.target, now);
    const result = await to.call<ArchiveImportResult>('archive.import', {
      fileName: file.fileName,
      content: base64(file.bytes),
    });
    expect(result.letters).toEqual({ added: 2, alreadyThere: 0 });
    expect(result.sendings).toEqual({ added: 3, alreadyThere: 0 });

    // The letters as stored (the edited text, not the one sent), their versions, the log.
    for (const letter of [made.ports, made.climate]) {
      const stored = await from.services.letters.get(letter.id);
      expect(await to.services.letters.get(letter.id)).toEqual(stored);
      expect(await historyOf(to.services, letter.id)).toEqual(await historyOf(from.services, letter.id));
    }
    expect(result.versions.added).toBe(
      (await from.services.history.list(made.ports.id)).versions.length +
        (await from.services.history.list(made.climate.id)).versions.length,
    );
    const year = (s: { sentAt: string }) => s.sentAt.startsWith('2026');
    expect(sortById(await to.services.log.sendings())).toEqual(
      sortById((await from.services.log.sendings()).filter(year)),
    );
    // The library lists them without a restart (its index and search were told).
    expect(
      to.services.letters
        .list()
        .map((l) => l.id)
        .sort(),
    ).toEqual([made.ports.id, made.climate.id].sort());
    expect((await to.services.letters.search('Piraeus')).total).toBe(0);
    expect(
      (await to.services.letters.search('entirely different')).hits.map((hit) => hit.summary.id),
    ).toEqual([made.ports.id]);

    const again = await to.call<ArchiveImportResult>('archive.import', {
      fileName: file.fileName,
      content: base64(file.bytes),
    });
    expect(again).toEqual({
      letters: { added: 0, alreadyThere: 2 },
      versions: { added: 0, alreadyThere: result.versions.added },
      sendings: { added: 0, alreadyThere: 3 },
    });
  });

  it('brings a publication back: the trashed letter to the trash, its versions with it', async () => {
    const from = await openContract(folders.source, now);
    const made = await buildLibrary(from.services, tick);
    await from.call('archive.export', { selection: { year: null, publication: ' the washington post ' } });
    const [file] = from.files;
    expect(file.fileName).toBe('LetterDesk archive – the washington post.zip');
    const to = await openContract(folders.target, now);
    const result = await to.call<ArchiveImportResult>('archive.import', {
      fileName: file.fileName,
      content: base64(file.bytes),
    });
    expect(result.sendings.added).toBe(1);
    expect(to.services.letters.list(true).map((l) => l.id)).toEqual([made.trade.id]);
    expect(await to.services.letters.get(made.trade.id)).toEqual(
      await from.services.letters.get(made.trade.id),
    );
    expect(await historyOf(to.services, made.trade.id)).toEqual(
      await historyOf(from.services, made.trade.id),
    );
    expect(await to.services.log.sendings()).toEqual([
      (await from.services.log.sendings()).find((s) => s.id === made.toPost.id),
    ]);
  });

  it('keeps a letter the library has, adding only the versions and sendings it lacks', async () => {
    const from = await openContract(folders.source, now);
    const made = await buildLibrary(from.services, tick);
    await from.call('archive.export', { selection: { year: 2026, publication: 'Financial Times' } });
    const [first] = from.files;
    tick();
    // More happens in the source library: a new version, a new sending of the same letter.
    await from.services.history.saveVersion(made.ports.id, 'After');
    const later = await from.services.log.record({
      letterId: made.ports.id,
      versionId: null,
      publicationId: 'financial-times',
      publication: '',
      publicationZh: '',
      to: 'letters@ft.com',
      sentAt: '2026-06-01T09:00:00.000Z',
      channel: 'email',
      exclusive: false,
      replyWindowDays: null,
    });
    await from.call('archive.export', { selection: { year: 2026, publication: 'Financial Times' } });
    const second = from.files[1];

    const to = await openContract(folders.target, now);
    await to.services.archive.import(first.fileName, base64(first.bytes));
    // The officer edits the imported letter: an import never overwrites it.
    const mine = await to.services.letters.save({
      ...(await to.services.letters.get(made.ports.id)),
      title: 'Mine now',
    });
    const result = await to.services.archive.import(second.fileName, base64(second.bytes));
    expect(result.letters).toEqual({ added: 0, alreadyThere: 1 });
    expect(result.sendings).toEqual({ added: 1, alreadyThere: 2 });
    expect(result.versions.added).toBeGreaterThanOrEqual(2);
    expect((await to.services.letters.get(made.ports.id)).title).toBe(mine.title);
    expect((await to.services.log.sendings()).map((s) => s.id)).toContain(later.id);
    const versions = (await to.services.history.list(made.ports.id)).versions.map((v) => v.id);
    for (const version of (await from.services.history.list(made.ports.id)).versions)
      expect(versions).toContain(version.id);
  });
});

describe('what the zip holds', () => {
  it('the DOCX of the version sent (not the current text), a PDF sending’s page, the CSV, archive.json', async () => {
    const from = await openContract(folders.source, now);
    const made = await buildLibrary(from.services, tick);
    await from.call('archive.export', { selection: { year: 2026, publication: null } });
    const entries = unzipSync(from.files[0].bytes);
    const names = Object.keys(entries).sort();
    expect(names.filter((name) => !name.startsWith('sent/'))).toEqual([
      'README.txt',
      'archive.json',
      'log.csv',
      'log.zh-CN.csv',
    ]);
    // One DOCX per sending of a letter still held; the PDF sending's page besides (no printer here).
    expect(names.filter((name) => name.startsWith('sent/'))).toEqual([
      expect.stringMatching(/^sent\/2026-02-01 The Guardian – .*\.docx$/),
      expect.stringMatching(/^sent\/2026-02-01 The Guardian – .*\.html$/),
      expect.stringMatching(/^sent\/2026-05-03 Financial Times – .*\.docx$/),
    ]);
    const ft = names.find((name) => name.startsWith('sent/2026-05-03'))!;
    expect(docxText(entries[ft])).toContain('Piraeus');
    expect(docxText(entries[ft])).not.toContain('entirely different');
    const page = strFromU8(entries[names.find((name) => name.endsWith('.html'))!]);
    expect(page).toContain('forty million trees');

    const csv = strFromU8(entries['log.csv']);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3);
    expect(csv).toContain('Piraeus is open');
    expect(strFromU8(entries['log.zh-CN.csv'])).toContain('Financial Times');

    const json = JSON.parse(strFromU8(entries['archive.json'])) as ArchiveFile;
    expect(json.absent).toEqual({ letters: [made.gone.id], versions: [] });
    expect(json.sendings.map((s) => s.id)).toEqual([made.toGuardian.id, made.goneSending.id, made.toFt.id]);
    expect(json.files.map((f) => f.format).sort()).toEqual(['docx', 'docx', 'html']);
    expect(json.letters.find((l) => l.letter.id === made.ports.id)?.letter.body).toEqual(
      (await from.services.letters.get(made.ports.id)).body,
    );
    expect(TEXTS.gone).not.toBe('');
  });

  it('builds a PDF sending’s PDF where a printer is given', async () => {
    const from = await openContract(folders.source, now);
    await buildLibrary(from.services, tick);
    const printed: string[] = [];
    const { ArchiveService } = await import('../../electron/services/archive/archiveService');
    const archive = new ArchiveService({
      letters: from.services.letters,
      history: from.services.history,
      log: from.services.log,
      exports: from.services.exports,
      pdfOf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 test');
      },
    });
    const file = await archive.export({ year: null, publication: 'The Guardian' });
    const names = Object.keys(unzipSync(file.bytes));
    expect(names.filter((name) => name.startsWith('sent/')).map((name) => name.split('.').pop())).toEqual([
      'docx',
      'pdf',
    ]);
    expect(printed[0]).toContain('forty million trees');
  });
});

describe('the selection', () => {
  it('previews years, publications and counts; selects by year, publication or both', async () => {
    const from = await openContract(folders.source, now);
    await buildLibrary(from.services, tick);
    const preview = (selection: object) => from.call<ArchivePreview>('archive.preview', { selection });
    const all = await preview({ year: null, publication: null });
    expect(all.years).toEqual([2026, 2025]);
    expect(all.publications.map((p) => p.name)).toEqual([
      'Financial Times',
      'The Guardian',
      'The Washington Post',
    ]);
    // Files: a DOCX per sending whose letter is held, and the PDF of the PDF sending.
    expect(all).toMatchObject({ sendings: 4, letters: 4, files: 4 });
    expect(await preview({ year: 2026, publication: null })).toMatchObject({
      sendings: 3,
      letters: 3,
      files: 3,
    });
    expect(await preview({ year: null, publication: 'financial times' })).toMatchObject({
      sendings: 2,
      letters: 2,
      files: 1,
    });
    expect(await preview({ year: 2025, publication: 'Financial Times' })).toMatchObject({ sendings: 0 });
    await expect(
      from.call('archive.export', { selection: { year: 2025, publication: 'Financial Times' } }),
    ).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('nothing to archive') });
  });
});
