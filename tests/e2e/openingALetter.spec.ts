/**
 * Opening a letter is reading it: nothing is saved, so its revision and
 * "last changed" time stay, another window that has it open can go on saving
 * without a conflict, and an approved side stays approved. Real server, real
 * files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { libraryItem, saved } from './letterPage';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

async function storedLetter(id: string): Promise<{ revision: number; updatedAt: string }> {
  return JSON.parse(await readFile(join(app.dataDir, 'letters', `${id}.json`), 'utf8'));
}

/** A new letter with text of its own; `templateId` '' is the blank letter (no placeholder chips). */
async function newLetter(page: Page, templateId: string, title: string): Promise<string> {
  await page.getByTestId('new-letter').click();
  await page.locator(`[data-testid="template-option"][data-template-id="${templateId}"]`).click();
  await page.getByTestId('letter-title').fill(title);
  for (const pane of ['editor-preface', 'editor-body']) {
    await caretToEnd(page, page.getByTestId(pane));
    await page.keyboard.insertText(`Text typed in ${title}.`);
  }
  await page.getByTestId('approval-body-approved').click();
  await saved(page);
  const id = await libraryItem(page, title).getAttribute('data-letter-id');
  expect(id).toBeTruthy();
  return id!;
}

test('opening a letter sends no save and leaves the stored file as it was', async ({ page, requests }) => {
  await page.goto(app.url);
  // With and without placeholder chips: the editors' transforms visit both kinds of text on open.
  const ids = [
    await newLetter(page, 'letter-to-the-editor-rebuttal', 'Reply to Le Soir'),
    await newLetter(page, '', 'Plain letter'),
  ];
  await newLetter(page, '', 'Open last');
  const before = await Promise.all(ids.map(storedLetter));
  const saves = () => requests.filter((url) => new URL(url).pathname === '/api/letters.save').length;
  const savesBefore = saves();

  for (const title of ['Reply to Le Soir', 'Plain letter']) {
    await libraryItem(page, title).getByTestId('library-open').click();
    await expect(page.getByTestId('letter-title')).toHaveValue(title);
    // A change is saved 500 ms after it is made; well past that, nothing has been sent.
    await page.waitForTimeout(2000);
    await saved(page);
    await expect(page.getByTestId('approval-body-approved')).toHaveAttribute('aria-pressed', 'true');
  }

  // Reopened at start-up, in a second tab, the same.
  const other = await page.context().newPage();
  await other.goto(app.url);
  await expect(other.getByTestId('letter-title')).toHaveValue('Plain letter');
  await other.waitForTimeout(2000);
  await saved(other);

  expect(saves()).toBe(savesBefore);
  for (const [index, id] of ids.entries()) {
    expect(await storedLetter(id)).toMatchObject({
      revision: before[index].revision,
      updatedAt: before[index].updatedAt,
    });
  }
});
