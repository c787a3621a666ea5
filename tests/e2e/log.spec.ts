/**
 * The letter log from end to end, on the real server and files: a letter
 * exported, marked as sent to EUobserver from the prompt that follows, its
 * outcome recorded as published in part with the text the paper printed;
 * the compare shows what the paper cut, the Log and its summary (chart and
 * table) show the sending, and the Chinese note for headquarters is drafted.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { versionId } from '../../core/history/versionId';
import type { Sending } from '../../core/log/sending';
import { sendingFile } from '../../core/schemas/sending';
import { AppServer } from './appServer';
import { newRebuttalLetter, saved } from './letterPage';
import { joined, seriousViolations } from './pageText';
import { expect, test } from './test';
import { ui, uiById } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const KEPT = 'Belgium’s ports are open to every honest partner.';
const CUT = 'Our door is always open to dialogue with European hands.';
const LAST = 'Trade has served both peoples well.';
const HEADLINE = 'China answers on the ports';

test('export, mark as sent to EUobserver, published in part: the cut, the log, the summary, the note', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to EUobserver');
  await page.getByTestId('field-publication-profile').selectOption('euobserver');
  // The English letter: three paragraphs, the middle one the paper will cut.
  const english = page.getByTestId('editor-body');
  await english.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(`${KEPT} ${CUT}`);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(LAST);
  await saved(page);

  // Export the letter for the paper (the template's details are not all filled in: export anyway);
  // then the prompt asks, once, whether it went.
  await page.getByTestId('export-menu').click();
  await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('export-editor')
      .click()
      .then(() => page.getByTestId('preflight-export-anyway').click()),
  ]);
  const prompt = page.getByTestId('sent-prompt');
  await expect(prompt).toContainText('EUobserver');
  expect(await seriousViolations(page), 'axe with the sent prompt').toEqual([]);
  await prompt.getByTestId('sent-prompt-yes').click();
  await expect(prompt).toHaveCount(0);

  const dialog = page.getByTestId('mark-sent-dialog');
  await expect(dialog.getByTestId('mark-sent-publication')).toHaveValue('EUobserver');
  await expect(dialog.getByTestId('mark-sent-channel')).toHaveValue('docx');
  expect(await seriousViolations(page), 'axe on Mark as sent').toEqual([]);
  await dialog.getByTestId('mark-sent-submit').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: 'EUobserver' })).toBeVisible();

  // The Log: one sending, awaiting; record that it ran in part.
  await page.getByTestId('log').click();
  const row = page.getByTestId('log-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Reply to EUobserver');
  await expect(row.getByTestId('outcome-badge')).toHaveText(uiById('log.outcome.kind', { kind: 'awaiting' }));
  await row.getByTestId('log-row-outcome').click();
  const outcome = page.getByTestId('outcome-dialog');
  await outcome.getByTestId('outcome-published').check();
  await outcome.getByTestId('outcome-date').fill('2026-11-20');
  await outcome.getByTestId('outcome-headline').fill(HEADLINE);
  await outcome.getByTestId('outcome-url').fill('https://euobserver.example/letters/1');
  await outcome.getByTestId('outcome-extent-part').check();
  await outcome.getByTestId('outcome-published-text').fill(`${KEPT}\n\n${LAST}`);
  expect(await seriousViolations(page), 'axe on the outcome dialog').toEqual([]);
  await outcome.getByTestId('outcome-submit').click();

  // The Chinese note, drafted from the outcome: the paper, its headline.
  const note = outcome.getByTestId('outcome-note-zh');
  await expect(note).toHaveValue(/欧盟观察网/);
  await expect(note).toHaveValue(new RegExp(HEADLINE));

  // Compare with what was sent: the paper's cut is marked deleted, nothing inserted.
  await outcome.getByTestId('outcome-compare').click();
  await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'comparing');
  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByRole('heading', { level: 2 })).toContainText(ui('published text'));
  await expect.poll(() => joined(comparison.locator('del'))).toContain(CUT);
  expect(await joined(comparison.locator('del'))).not.toContain(KEPT);
  expect(await joined(comparison.locator('ins'))).toBe('');
  expect(await seriousViolations(page), 'axe on the compare with the published text').toEqual([]);
  await page.keyboard.press('Escape');

  // The Log and its summary show it: published in part, one sent and one published for EUobserver.
  await page.getByTestId('log').click();
  await expect(row.getByTestId('outcome-badge')).toHaveText(
    uiById('log.badge.text', {
      outcome: uiById('log.outcome.kind', { kind: 'published' }),
      extent: uiById('log.outcome.extent', { extent: 'part' }),
      overdue: 'no',
    }),
  );
  const byPaper = page.getByTestId('log-by-publication-table');
  const paperRow = byPaper.getByRole('row').filter({ hasText: 'EUobserver' });
  await expect(paperRow.getByRole('cell')).toHaveText(['1', '0', '1', '0', '0', '0']);
  await expect(page.getByTestId('log-by-month-table').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('log-by-publication-chart').locator('canvas')).toBeVisible();
  expect(await seriousViolations(page), 'axe on the Log view').toEqual([]);
  // The log as CSV names the sending.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(await readFile(await csv.path(), 'utf8')).toContain('EUobserver');

  // Each row opens its letter at the version sent, read-only.
  await row.getByTestId('log-row-open').click();
  await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'viewing');
  await expect(page.getByTestId('version-letter')).toContainText(CUT);
});

test('Mark as sent… warns before a second paper while an exclusive submission is open', async ({ page }) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to the Post');
  await page.getByTestId('field-publication-profile').selectOption('washington-post');
  await saved(page);

  // To the Post, which wants letters exclusive and answers within two weeks.
  await page.getByTestId('mark-sent-open').click();
  const dialog = page.getByTestId('mark-sent-dialog');
  await expect(dialog.getByTestId('mark-sent-publication')).toHaveValue('The Washington Post');
  await expect(dialog.getByTestId('mark-sent-exclusive')).toBeChecked();
  await expect(dialog.getByTestId('mark-sent-window')).toHaveValue('14');
  await dialog.getByTestId('mark-sent-submit').click();
  await expect(dialog).toHaveCount(0);

  // Then to the Irish Times: the open exclusive submission is named first, and nothing is recorded yet.
  await page.getByTestId('mark-sent-open').click();
  await dialog.getByTestId('mark-sent-publication').fill('The Irish Times');
  await dialog.getByTestId('mark-sent-submit').click();
  const warning = dialog.getByTestId('exclusive-warning');
  await expect(warning).toContainText('The Washington Post');
  await expect(dialog.getByTestId('mark-sent-submit')).toHaveText(ui('Record anyway'));
  expect(await seriousViolations(page), 'axe on the exclusivity warning').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('log').click();
  await expect(page.getByTestId('log-row')).toHaveCount(1);

  // Going on anyway records it.
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('mark-sent-open').click();
  await dialog.getByTestId('mark-sent-publication').fill('The Irish Times');
  await dialog.getByTestId('mark-sent-submit').click();
  await expect(warning).toBeVisible();
  await dialog.getByTestId('mark-sent-submit').click();
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('log').click();
  await expect(page.getByTestId('log-row')).toHaveCount(2);
});

/** Mark as sent… on the open letter, to a paper without a profile (no exclusivity to warn about). */
async function markSentTo(page: Page, paper: string): Promise<void> {
  await page.getByTestId('mark-sent-open').click();
  const dialog = page.getByTestId('mark-sent-dialog');
  await dialog.getByTestId('mark-sent-publication').fill(paper);
  await dialog.getByTestId('mark-sent-submit').click();
  await expect(dialog).toHaveCount(0);
}

const libraryItem = (page: Page, title: string) =>
  page.getByTestId('library-item').filter({ hasText: title });
const logRow = (page: Page, title: string) => page.getByTestId('log-row').filter({ hasText: title });

test('a row whose letter was deleted for good says so; one in the trash offers to restore it @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply kept in the trash');
  await markSentTo(page, 'Le Monde');
  await newRebuttalLetter(page, 'Reply deleted for good');
  await markSentTo(page, 'Le Monde');
  // One deleted for good (the trash emptied), the other left in the trash.
  await libraryItem(page, 'Reply deleted for good').hover();
  await libraryItem(page, 'Reply deleted for good').getByTestId('library-delete').click();
  await page.getByTestId('trash').click();
  await page.getByTestId('empty-trash').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('trash-item')).toHaveCount(0);
  await libraryItem(page, 'Reply kept in the trash').hover();
  await libraryItem(page, 'Reply kept in the trash').getByTestId('library-delete').click();
  await expect(page.getByTestId('library-item')).toHaveCount(0);

  await page.getByTestId('log').click();
  const deleted = logRow(page, 'Reply deleted for good');
  await expect(deleted.getByTestId('log-row-letter')).toHaveText(ui('Letter deleted'));
  await expect(deleted.getByTestId('log-row-open')).toHaveCount(0);
  const trashed = logRow(page, 'Reply kept in the trash');
  await expect(trashed.getByTestId('log-row-letter')).toHaveText(ui('In the trash'));
  expect(await seriousViolations(page), 'axe on the log with gone letters').toEqual([]);

  // The deleted letter's outcome and Chinese note still work; there is no version left to compare with.
  await deleted.getByTestId('log-row-outcome').click();
  const outcome = page.getByTestId('outcome-dialog');
  await outcome.getByTestId('outcome-published').check();
  await outcome.getByTestId('outcome-date').fill('2026-11-20');
  await outcome.getByTestId('outcome-headline').fill(HEADLINE);
  await outcome.getByTestId('outcome-published-text').fill(KEPT);
  await outcome.getByTestId('outcome-submit').click();
  await expect(outcome.getByTestId('outcome-note-zh')).toHaveValue(new RegExp(HEADLINE));
  await expect(outcome.getByTestId('outcome-compare')).toHaveCount(0);
  await outcome.getByTestId('outcome-note-save').click();
  await expect(outcome).toHaveCount(0);
  // Focus is back on the row's button.
  await expect(deleted.getByTestId('log-row-outcome')).toBeFocused();

  // The letter in the trash: opening offers to restore it; restored, it opens at the version sent.
  await trashed.getByTestId('log-row-open').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('Reply kept in the trash');
  expect(await seriousViolations(page), 'axe on the restore offer').toEqual([]);
  await confirm.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'viewing');
  await expect(libraryItem(page, 'Reply kept in the trash')).toHaveCount(1);
});

test('a letter that cannot be opened from the log leaves no pending “open at the version sent”', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply damaged later');
  await markSentTo(page, 'Le Monde');
  await newRebuttalLetter(page, 'Another reply');
  const [logFile] = await readdir(join(app.dataDir, 'log'));
  const { letterId } = JSON.parse(await readFile(join(app.dataDir, 'log', logFile), 'utf8')) as Sending;
  const letterFile = join(app.dataDir, 'letters', `${letterId}.json`);
  const original = await readFile(letterFile, 'utf8');

  await page.getByTestId('log').click();
  const row = logRow(page, 'Reply damaged later');
  await expect(row).toHaveCount(1);
  // Damaged behind the app's back: the letter cannot be opened; the log stays, the failure said.
  await writeFile(letterFile, '{"broken');
  await row.getByTestId('log-row-open').click();
  await expect(page.getByTestId('toast-error')).toContainText(`letters/${letterId}.json`);
  await expect(page.getByTestId('log-view')).toBeVisible();

  // Mended, and opened from the library: it opens as it is now, not at the version the log asked for.
  await writeFile(letterFile, original);
  await libraryItem(page, 'Reply damaged later').click();
  await expect(page.getByTestId('letter-title')).toHaveValue('Reply damaged later');
  await expect(page.getByTestId('letter-title')).toBeEditable();
  await page.getByTestId('letter-title').fill('Reply damaged later, mended');
  await saved(page);
  await expect(page.getByTestId('version-letter')).toHaveCount(0);

  // The version sent unreadable (its text gone): the row says so, and the letter is not opened on it.
  await rm(join(app.dataDir, 'history', letterId, 'texts'), { recursive: true });
  await page.getByTestId('log').click();
  await row.getByTestId('log-row-open').click();
  await expect(row.getByTestId('log-row-letter')).toHaveText(ui('Version sent cannot be opened'));
  await expect(page.getByTestId('toast-error').last()).toContainText('Reply damaged later');
  await expect(page.getByTestId('log-view')).toBeVisible();
});

test('more than a page of sendings: “Showing 1,000 of 1,002”, Show more; the summary counts them all', async ({
  page,
}) => {
  // Written as the app writes them, before the log is first read.
  await mkdir(join(app.dataDir, 'log'), { recursive: true });
  const base = Date.parse('2026-01-05T09:00:00Z');
  await Promise.all(
    Array.from({ length: 1_002 }, (_, i) => {
      const at = new Date(base + i * 3_600_000);
      const sending: Sending = {
        id: versionId(at, randomBytes(4).toString('hex')),
        revision: 1,
        letterId: `old-letter-${i}`,
        versionId: versionId(at, randomBytes(4).toString('hex')),
        title: `Old reply ${i}`,
        publicationId: null,
        publication: 'Le Monde',
        publicationZh: '',
        to: '',
        sentAt: at.toISOString(),
        channel: 'email',
        exclusive: false,
        answerBy: null,
        outcome: { kind: 'rejected', date: '2026-03-01', note: '' },
        outcomeAt: null,
        noteZh: '',
      };
      return writeFile(join(app.dataDir, 'log', `${sending.id}.json`), JSON.stringify(sendingFile(sending)));
    }),
  );
  await page.goto(app.url);
  await page.getByTestId('log').click();
  await expect(page.getByTestId('log-row')).toHaveCount(1_000);
  await expect(page.getByTestId('log-shown')).toHaveText(
    uiById('log.more.shown', { shown: 1_000, total: 1_002 }),
  );
  const paper = page.getByTestId('log-by-publication-table').getByRole('row').filter({ hasText: 'Le Monde' });
  await expect(paper.getByRole('cell')).toHaveText(['1002', '0', '0', '1002', '0', '0']);

  await page.getByTestId('log-show-more').click();
  await expect(page.getByTestId('log-row')).toHaveCount(1_002);
  await expect(page.getByTestId('log-more')).toHaveCount(0);
  // The oldest came last, and the focus went to the first row added.
  await expect(page.getByTestId('log-row').last()).toContainText('Old reply 0');
  await expect(page.getByTestId('log-row').nth(1_000).getByTestId('log-row-outcome')).toBeFocused();

  // A filter nothing matches says so and offers to clear it, which shows the first page again.
  await page.getByTestId('log-search').fill('no such reply');
  await expect(page.getByTestId('log-empty')).toContainText(ui('No sendings match these filters.'));
  await page.getByTestId('log-clear-filters').click();
  await expect(page.getByTestId('log-row')).toHaveCount(1_000);
  await expect(page.getByTestId('log-search')).toHaveValue('');
  await expect(page.getByTestId('log-search')).toBeFocused();
});
