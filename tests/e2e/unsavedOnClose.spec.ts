/**
 * Closing the window while the open letter holds changes that could not be
 * saved asks first (the browser's own "Leave site?" prompt); closing it when
 * everything is saved does not. Real server, real files, a data folder that
 * really cannot be written.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const status = (page: Page) => page.getByTestId('save-status');

/** Closes the page as the user closing the window would, and returns the dialogs it showed (accepted). */
async function closeWindow(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  return dialogs;
}

async function typeInEnglish(page: Page, text: string) {
  await caretToEnd(page, page.getByTestId('editor-body'));
  await page.keyboard.type(text);
}

test('closing asks first only while changes could not be saved', async ({ page, context }) => {
  await page.goto(app.url);
  await page.getByTestId('new-letter').click();
  await page
    .locator('[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]')
    .click();
  await typeInEnglish(page, ' Saved as typed.');
  await expect(status(page)).toHaveAttribute('data-state', 'saved');
  expect(await closeWindow(page)).toEqual([]);

  // The letters folder becomes a file (an unplugged drive, a sync tool): every save now fails.
  const again = await context.newPage();
  await again.goto(app.url);
  await expect(again.getByTestId('editor-body')).toContainText('Saved as typed.');
  const letters = join(app.dataDir, 'letters');
  await rm(letters, { recursive: true });
  await writeFile(letters, 'not a folder');
  await typeInEnglish(again, ' Not saved anywhere yet.');
  await expect(status(again)).toHaveAttribute('data-state', 'error');
  expect(await closeWindow(again)).toEqual(['beforeunload']);
});
