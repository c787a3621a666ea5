/**
 * The log's archive from end to end, on the real server and files: two
 * letters marked as sent to two papers; the Archive… dialog, opened on the
 * Log's filter, says what one paper's archive holds and exports it (a
 * download in browser mode, opened here as the .zip it is); a fresh library
 * refuses a tampered copy and changes nothing, then imports the real one:
 * the same row in its Log, and the letter opens at the version sent. Files
 * that are not archives, or too big, are refused with the problems listed.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ARCHIVE_MAX_BYTES } from '../../core/archive/archiveLimits';
import { AppServer } from './appServer';
import { newRebuttalLetter, saved } from './letterPage';
import { seriousViolations } from './pageText';
import { expect, test } from './test';
import { ui, uiById } from './ui';

let app: AppServer;
let fresh: AppServer | null = null;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
  await fresh?.dispose();
  fresh = null;
});

const TO_EUOBSERVER = 'Reply to EUobserver';
const TO_IRISH_TIMES = 'Reply to the Irish Times';
const SENT_TEXT = 'Belgium’s ports are open to every honest partner.';

/** A letter from the rebuttal template with `text` as its English letter, marked as sent to `publication`. */
async function sentLetter(page: Page, title: string, publication: string, text: string): Promise<void> {
  await newRebuttalLetter(page, title);
  const english = page.getByTestId('editor-body');
  await english.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await saved(page);
  await page.getByTestId('mark-sent-open').click();
  const dialog = page.getByTestId('mark-sent-dialog');
  await dialog.getByTestId('mark-sent-publication').fill(publication);
  await dialog.getByTestId('mark-sent-submit').click();
  await expect(dialog).toHaveCount(0);
}

/** Imports `file` through Log ▸ Import archive…. */
async function importArchive(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('archive-import-open').click();
  const dialog = page.getByTestId('archive-import-dialog');
  await expect(dialog).toBeVisible();
  await dialog
    .getByTestId('archive-import-file')
    .setInputFiles({ name: file.name, mimeType: 'application/zip', buffer: file.buffer });
}

/** The archive with its first sending's time made something no sending can have. */
function tampered(zip: Uint8Array): Buffer {
  const files = unzipSync(zip);
  const archive = JSON.parse(strFromU8(files['archive.json']!)) as unknown;
  const spoil = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(spoil);
    if (typeof value !== 'object' || value === null) return false;
    const record = value as Record<string, unknown>;
    if (typeof record.sentAt === 'string') {
      record.sentAt = 'the day before yesterday';
      return true;
    }
    return Object.values(record).some(spoil);
  };
  expect(spoil(archive), 'the archive names a sending').toBe(true);
  files['archive.json'] = strToU8(JSON.stringify(archive));
  return Buffer.from(zipSync(files));
}

test('archive one paper’s sendings, refuse a tampered copy, import it into a fresh library', async ({
  page,
}) => {
  await page.goto(app.url);
  await sentLetter(page, TO_EUOBSERVER, 'EUobserver', SENT_TEXT);
  await sentLetter(page, TO_IRISH_TIMES, 'The Irish Times', 'Ireland and China trade in good faith.');
  const year = new Date().getFullYear();

  // The Log filtered to EUobserver: the dialog starts from that paper, in every year.
  await page.getByTestId('log').click();
  await expect(page.getByTestId('log-row')).toHaveCount(2);
  await page.getByTestId('log-filter-publication').selectOption('EUobserver');
  await expect(page.getByTestId('log-row')).toHaveCount(1);
  await page.getByTestId('archive-open').click();
  const dialog = page.getByTestId('archive-dialog');
  await expect(dialog.getByTestId('archive-publication')).toHaveValue('EUobserver');
  await expect(dialog.getByTestId('archive-year')).toHaveValue('');
  const holds = dialog.getByTestId('archive-holds');
  await expect(holds).toHaveText(uiById('archive.export.holds', { sendings: 1, letters: 1, files: 1 }));
  // Both papers: both sendings; back to one paper, and this year.
  await dialog.getByTestId('archive-publication').selectOption('');
  await expect(holds).toHaveText(uiById('archive.export.holds', { sendings: 2, letters: 2, files: 2 }));
  await dialog.getByTestId('archive-publication').selectOption('EUobserver');
  await dialog.getByTestId('archive-year').selectOption(String(year));
  await expect(holds).toHaveText(uiById('archive.export.holds', { sendings: 1, letters: 1, files: 1 }));
  await expect(dialog.getByTestId('archive-export')).toBeEnabled();
  expect(await seriousViolations(page), 'axe on the Archive… dialog').toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('archive-export').click(),
  ]);
  await expect(dialog).toHaveCount(0);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const zip = new Uint8Array(await readFile(await download.path()));
  const files = unzipSync(zip);
  const names = Object.keys(files);
  expect(names).toContain('archive.json');
  expect(names.some((name) => /(^|\/)log\.csv$/.test(name))).toBe(true);
  expect(names.filter((name) => name.endsWith('.docx'))).toHaveLength(1);
  const archiveJson = strFromU8(files['archive.json']!);
  expect(archiveJson).toContain(TO_EUOBSERVER);
  expect(archiveJson).not.toContain(TO_IRISH_TIMES);

  // A fresh library: an empty log.
  fresh = await AppServer.start();
  const other = await page.context().newPage();
  await other.goto(fresh.url);
  await other.getByTestId('log').click();
  await expect(other.getByTestId('log-empty')).toBeVisible();

  // A tampered copy is refused whole: the problems are listed, and nothing is added.
  await importArchive(other, { name: 'tampered.zip', buffer: tampered(zip) });
  const problems = other.getByTestId('archive-problems');
  await expect(problems).toBeVisible();
  await expect(problems.getByTestId('archive-problems-unchanged')).toHaveText(
    uiById('archive.import.unchanged'),
  );
  await expect(problems.getByTestId('archive-problems-list').getByRole('listitem')).not.toHaveCount(0);
  expect(await seriousViolations(other), 'axe on a refused archive').toEqual([]);
  await problems.getByTestId('archive-problems-ok').click();
  await expect(problems).toHaveCount(0);
  await expect(other.getByTestId('log-empty')).toBeVisible();
  await expect(other.getByTestId('library-item')).toHaveCount(0);

  // The archive itself: one letter, its versions and its sending added.
  await importArchive(other, { name: download.suggestedFilename(), buffer: Buffer.from(zip) });
  const imported = other.getByTestId('archive-imported');
  await expect(imported).toBeVisible();
  await expect(imported.getByTestId('archive-imported-letters')).toHaveText(
    uiById('archive.imported.letters', { added: 1, alreadyThere: 0 }),
  );
  await expect(imported.getByTestId('archive-imported-sendings')).toHaveText(
    uiById('archive.imported.sendings', { added: 1, alreadyThere: 0 }),
  );
  expect(await seriousViolations(other), 'axe on an imported archive').toEqual([]);
  await imported.getByTestId('archive-imported-close').click();

  // The same row in the Log, the letter in the library; the row opens it at the version sent.
  const row = other.getByTestId('log-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(TO_EUOBSERVER);
  await expect(row).toContainText('EUobserver');
  await expect(other.getByTestId('library-item')).toHaveCount(1);
  await row.getByTestId('log-row-open').click();
  await expect(other.getByTestId('history-bar')).toHaveAttribute('data-mode', 'viewing');
  await expect(other.getByTestId('version-letter')).toContainText(SENT_TEXT);

  // Imported twice, nothing is added twice.
  await other.getByTestId('log').click();
  await importArchive(other, { name: download.suggestedFilename(), buffer: Buffer.from(zip) });
  await expect(imported.getByTestId('archive-imported-sendings')).toHaveText(
    uiById('archive.imported.sendings', { added: 0, alreadyThere: 1 }),
  );
  await imported.getByTestId('archive-imported-close').click();
  await expect(row).toHaveCount(1);
});

test('files that are not archives, or too big, are refused and change nothing @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('log').click();
  // An empty log: nothing to archive, and Export says why.
  await page.getByTestId('archive-open').click();
  const dialog = page.getByTestId('archive-dialog');
  await expect(dialog.getByTestId('archive-empty')).toHaveText(uiById('archive.export.emptyLog'));
  await expect(dialog.getByTestId('archive-export')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await sentLetter(page, TO_EUOBSERVER, 'EUobserver', SENT_TEXT);
  await page.getByTestId('log').click();
  const row = page.getByTestId('log-row');
  await expect(row).toHaveCount(1);

  // Not a zip, whatever its name says: the service says what is wrong.
  await importArchive(page, { name: 'minutes.zip', buffer: Buffer.from('Minutes of the Tuesday meeting') });
  const problems = page.getByTestId('archive-problems');
  await expect(problems).toBeVisible();
  await expect(problems.getByTestId('archive-problems-message')).not.toBeEmpty();
  await expect(problems.getByTestId('archive-problems-unchanged')).toHaveText(
    uiById('archive.import.unchanged'),
  );
  await page.keyboard.press('Escape');
  await expect(problems).toHaveCount(0);

  // Too big: refused in the page, before it is sent, with the limit and what to do.
  await importArchive(page, { name: 'everything.zip', buffer: Buffer.alloc(ARCHIVE_MAX_BYTES + 1) });
  await expect(problems.getByTestId('archive-problems-message')).toHaveText(
    uiById('archive.import.tooBig', {
      fileName: 'everything.zip',
      size: Math.ceil(((ARCHIVE_MAX_BYTES + 1) / 1024 / 1024) * 10) / 10,
      limit: ARCHIVE_MAX_BYTES / 1024 / 1024,
    }),
  );
  await page.keyboard.press('Escape');

  // A dropped file that is not a .zip.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Dear Editor,'], 'letter.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.getByTestId('log-drop').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('log-drop').dispatchEvent('drop', { dataTransfer });
  await expect(problems.getByTestId('archive-problems-message')).toHaveText(
    uiById('archive.import.dropNotZip', { fileName: 'letter.txt' }),
  );
  expect(await seriousViolations(page), 'axe on a refused drop').toEqual([]);
  await problems.getByTestId('archive-problems-ok').click();

  // The Import archive… dialog itself, by keyboard.
  await page.getByTestId('archive-import-open').focus();
  await page.keyboard.press('Enter');
  const choose = page.getByTestId('archive-import-dialog');
  await expect(choose.getByRole('button', { name: ui('Choose archive…') })).toBeVisible();
  expect(await seriousViolations(page), 'axe on Import archive…').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(choose).toHaveCount(0);

  // The log is as it was.
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(TO_EUOBSERVER);
});
