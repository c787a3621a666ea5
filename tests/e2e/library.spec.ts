/**
 * The library and the ways things go wrong, against the real server and files:
 * rename, duplicate, trash and restore; a damaged letter file at start-up; a
 * data folder that disappears while the user types.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { uiPattern } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

async function newLetter(page: Page, publication: string) {
  await page.getByTestId('new-letter').click();
  await page
    .locator('[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]')
    .click();
  await page.getByTestId('field-publication').fill(publication);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

const item = (page: Page, text: string) => page.getByTestId('library-item').filter({ hasText: text });

test('rename, duplicate, delete to the trash, restore and empty the trash @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await newLetter(page, 'Le Soir');
  await newLetter(page, 'EUobserver');
  // Newest first.
  await expect(page.getByTestId('library-item').first()).toContainText('EUobserver');

  await item(page, 'Le Soir').hover();
  await item(page, 'Le Soir').getByTestId('library-rename').click();
  await page.getByTestId('library-rename-input').fill('Reply to Le Soir');
  await page.keyboard.press('Enter');
  await expect(item(page, 'Reply to Le Soir')).toHaveCount(1);

  await item(page, 'Reply to Le Soir').hover();
  await item(page, 'Reply to Le Soir').getByTestId('library-duplicate').click();
  await expect(item(page, 'Reply to Le Soir (copy)')).toHaveCount(1);
  await expect(page.getByTestId('library-item')).toHaveCount(3);

  await item(page, 'EUobserver').hover();
  await item(page, 'EUobserver').getByTestId('library-delete').click();
  await expect(page.getByTestId('library-item')).toHaveCount(2);
  await page.getByTestId('trash').click();
  await expect(page.getByTestId('trash-item')).toHaveCount(1);
  await expect(page.getByTestId('trash-item')).toContainText('EUobserver');
  await page.getByTestId('trash-restore').click();
  await expect(page.getByTestId('library-item')).toHaveCount(3);

  await item(page, 'Reply to Le Soir (copy)').hover();
  await item(page, 'Reply to Le Soir (copy)').getByTestId('library-delete').click();
  await page.getByTestId('trash').click();
  await page.getByTestId('empty-trash').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('trash-item')).toHaveCount(0);

  // What the user sees is what is on disk, after a restart too.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByTestId('library-item')).toHaveCount(2);
  await expect(item(page, 'Reply to Le Soir')).toHaveCount(1);
  await expect(item(page, 'EUobserver')).toHaveCount(1);
});

test('a damaged letter file is moved aside and the user is told @both-languages', async ({ page }) => {
  await page.goto(app.url);
  await newLetter(page, 'EUobserver');
  await app.stop();
  await writeFile(join(app.dataDir, 'letters', 'broken.json'), '{"schemaVersion": 1, "id": "bro');
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByTestId('notice')).toContainText(
    uiPattern(
      'The letter file {file} was damaged ({detail}) and could not be opened. LetterDesk kept it as {backup}; the rest of the library is unaffected.',
      { file: 'broken.json', detail: /.+/, backup: /.+/ },
    ),
  );
  await expect(page.getByTestId('library-item')).toHaveCount(1);
});

test('when the data folder cannot be written, the draft is kept, the user is told, and it saves once writing works', async ({
  page,
}) => {
  await page.goto(app.url);
  await newLetter(page, 'EUobserver');
  const letters = join(app.dataDir, 'letters');

  // The folder vanishes (an unplugged drive, a sync tool): writes now really fail.
  await rm(letters, { recursive: true });
  await writeFile(letters, 'not a folder');
  const en = page.getByTestId('editor-body');
  await caretToEnd(page, en);
  await page.keyboard.type(' Kept while the disk is away.');
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status).toContainText(
    uiPattern(
      '<strong>Your latest changes are not saved.</strong> {message} They are kept in this window and LetterDesk retries every 5 seconds.',
      { message: /.+/ },
    ),
  );
  await expect(status).toContainText('Could not save the letter');
  await expect(en).toContainText('Kept while the disk is away.');

  // Writing works again: the retry saves without the user doing anything.
  await rm(letters);
  await mkdir(letters);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  const [file] = await readdir(letters);
  expect(await readFile(join(letters, file), 'utf8')).toContain('Kept while the disk is away.');
});
