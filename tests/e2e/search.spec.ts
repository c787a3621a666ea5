/**
 * Full-text search of the library, against the real server and a library of
 * stored letters: Chinese and English words, the line that matched, opening a
 * result, finding words typed a moment ago, nothing found, clearing.
 */
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { FIXTURE_LETTERS, fixtureLetterPath } from '../fixtures/loadLetter';

let app: AppServer;
test.beforeEach(async () => {
  // A library restored from a backup: the fixture letters, written as files before the app starts.
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-e2e-'));
  await mkdir(join(dataDir, 'letters'));
  for (const id of FIXTURE_LETTERS)
    await copyFile(fixtureLetterPath(id), join(dataDir, 'letters', `${id}.json`));
  app = await AppServer.start(dataDir);
});
test.afterEach(async () => {
  await app.dispose();
});

test('search the library in Chinese and English, open a result, find what was just typed', async ({
  page,
}) => {
  await page.goto(app.url);
  const search = page.getByTestId('library-search');
  const results = page.getByTestId('search-results').getByTestId('library-item');
  await expect(page.getByTestId('library-item')).toHaveCount(FIXTURE_LETTERS.length);

  // Chinese: the preface of the EUobserver letter, with the words around the match.
  await search.fill('科研间谍');
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('EUobserver');
  const excerpt = results.getByTestId('search-excerpt');
  await expect(excerpt).toContainText('中文');
  await expect(excerpt.locator('mark')).toHaveText('科研间谍');

  // English, any case, word starts: "PORT INVEST" finds the letter about port investment.
  await search.fill('PORT INVEST');
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('Reply on port investment');
  await results.getByTestId('library-open').click();
  const en = page.getByTestId('editor-body');
  await expect(en).toBeVisible();

  // A word typed a moment ago is found once it is saved.
  await caretToEnd(page, en);
  await page.keyboard.type(' Quinquereme.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.keyboard.press('Control+Shift+F');
  await expect(search).toBeFocused();
  await page.keyboard.type('quinquereme');
  await expect(results).toHaveCount(1);
  await expect(results.getByTestId('search-excerpt').locator('mark')).toHaveText('Quinquereme');

  await search.fill('quinquereme trireme');
  await expect(page.getByTestId('search-empty')).toContainText('No letter contains “quinquereme trireme”');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page.getByTestId('library-item')).toHaveCount(FIXTURE_LETTERS.length);
});
