/**
 * The letter log from end to end, on the real server and files: a letter
 * exported, marked as sent to EUobserver from the prompt that follows, its
 * outcome recorded as published in part with the text the paper printed;
 * the compare shows what the paper cut, the Log and its summary (chart and
 * table) show the sending, and the Chinese note for headquarters is drafted.
 */
import { readFile } from 'node:fs/promises';
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
