/**
 * The app's keyboard shortcuts in browser mode, where no application menu
 * catches them and the page listens for them itself (core/commands.ts): each
 * runs what its button does, and the buttons' tooltips name them.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppServer } from './appServer';
import { libraryItem, saved } from './letterPage';
import { expect, test } from './test';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start(await mkdtemp(join(tmpdir(), 'letterdesk-e2e-')));
});
test.afterEach(async () => {
  await app.dispose();
});

test('the shortcuts run what the buttons do, and the tooltips name them', async ({ page, context }) => {
  await page.goto(app.url);
  // Playwright's Chromium on Linux: "Ctrl+…", as on Windows.
  const newLetter = page.getByTestId('new-letter');
  await expect(newLetter).toHaveAttribute('title', 'Ctrl+N');
  await expect(newLetter).toHaveAttribute('aria-keyshortcuts', 'Control+N');
  await expect(page.getByTestId('settings')).toHaveAttribute('title', 'Ctrl+,');
  const search = page.getByTestId('library-search');
  await expect(search).toHaveAttribute('title', /\(Ctrl\+Shift\+F\)$/);
  await expect(search).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+F');

  // Ctrl+N: the new-letter dialog, as the button opens it.
  await page.keyboard.press('Control+n');
  await expect(page.getByTestId('new-letter-dialog')).toBeVisible();
  await page
    .locator('[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]')
    .click();
  await expect(page.getByTestId('new-letter-dialog')).toBeHidden();
  await page.getByTestId('letter-title').fill('Shortcut letter');
  await saved(page);

  // Ctrl+, shows the settings; the letter, hidden behind them, comes back from the library.
  await page.getByTestId('letter-title').press('Control+,');
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await libraryItem(page, 'Shortcut letter').getByTestId('library-open').click();
  await expect(page.getByTestId('settings-view')).toBeHidden();

  // Ctrl+Shift+F, from inside the letter, goes to the library's search.
  const body = page.getByTestId('editor-body');
  await body.click();
  await page.keyboard.press('Control+Shift+F');
  await expect(search).toBeFocused();

  // The export menu shows the shortcuts beside its items.
  await page.getByTestId('export-menu').click();
  const editorDocx = page.getByTestId('export-editor');
  await expect(editorDocx).toHaveAttribute('aria-keyshortcuts', 'Control+E');
  await expect(editorDocx).toContainText('Ctrl+E');
  await expect(page.getByTestId('export-pdf')).toHaveAttribute('aria-keyshortcuts', 'Control+P');
  await page.keyboard.press('Escape');

  // Ctrl+E exports the letter for the paper as DOCX, through the same checks as the menu item:
  // the template's unfilled details hold it until "Export anyway".
  await body.click();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  await page.getByTestId('preflight-export-anyway').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);

  // Ctrl+P: the bilingual PDF, which browser mode hands to the browser's print view in a new tab.
  await body.click();
  const printing = context.waitForEvent('page');
  await page.keyboard.press('Control+p');
  await page.getByTestId('preflight-export-anyway').click();
  const printView = await printing;
  await printView.waitForLoadState();
  expect(new URL(printView.url()).origin).toBe(new URL(page.url()).origin);
  await printView.close();
});
