/**
 * The whole drafting loop with the keyboard alone — new letter from a
 * template, its details, both panes, the checks, the export — against the
 * real browser-mode server. Nothing here clicks: every step is a key press,
 * so a control that only a mouse can reach, or a focus that cannot be seen,
 * fails the test. Dialogs must trap focus and give it back on Escape.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readDocx } from '../helpers/docxText';
import { AppServer } from './appServer';
import { saved } from './letterPage';
import { expect, test } from './test';

let app: AppServer;

test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

/** More stops than any run of Tab between two controls of the loop takes. */
const MAX_STOPS = 60;

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user
 * would; fails if it is not reachable within MAX_STOPS stops.
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let stop = 0; stop < MAX_STOPS; stop++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reachable with ${key}`).toBeFocused();
}

/**
 * Focus is on `target` and can be seen: it matches :focus-visible (as focus
 * from the keyboard does), and either it or, for an editor, its sheet draws a
 * ring — a box-shadow or an outline.
 */
async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const cue = await target.evaluate((element) => {
    const ringed = element.closest('.sheet') ?? element;
    const style = getComputedStyle(ringed);
    return {
      focusVisible: element.matches(':focus-visible'),
      ring:
        style.boxShadow.includes('3px') || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px'),
    };
  });
  expect(cue, 'a visible focus ring').toEqual({ focusVisible: true, ring: true });
}

test('draft, check and export a letter with the keyboard alone @both-languages', async ({ page }) => {
  await page.goto(app.url);

  // New letter from the rebuttal template.
  const newLetter = page.getByTestId('new-letter');
  await tabTo(page, newLetter);
  await expectVisibleFocus(newLetter);
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('new-letter-dialog');
  await expect(dialog).toBeVisible();
  const rebuttal = dialog.locator(
    '[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]',
  );
  await expect(dialog.getByTestId('template-option').first()).toBeFocused();
  await tabTo(page, rebuttal);
  await expectVisibleFocus(rebuttal);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // The new letter opens with the focus in its title, and a few details follow.
  const title = page.getByTestId('letter-title');
  await expectVisibleFocus(title);
  await page.keyboard.type('Reply to EUobserver');
  await saved(page);
  // The details are open on a new letter.
  const publication = page.getByTestId('field-publication');
  await tabTo(page, publication);
  await expectVisibleFocus(publication);
  await page.keyboard.type('EUobserver');
  await page.keyboard.press('Tab');
  const publicationZh = page.getByTestId('field-publication-zh');
  await expect(publicationZh).toBeFocused();
  await page.keyboard.insertText('欧盟观察网');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('field-article-title')).toBeFocused();
  await page.keyboard.type('Belgium’s ports and the China question');
  const zh = page.getByTestId('editor-preface');
  const en = page.getByTestId('editor-body');
  await expect(zh).toContainText('《欧盟观察网》');
  await expect(en).toContainText('“Belgium’s ports and the China question”, published in EUobserver');

  // Both panes, typed at the end of each.
  await tabTo(page, zh);
  await expectVisibleFocus(zh);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('我们愿与各方加强沟通。');
  await tabTo(page, en);
  await expectVisibleFocus(en);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Our door is always open to dialogue.');
  await expect(zh).toContainText('我们愿与各方加强沟通。');
  await expect(en).toContainText('Our door is always open to dialogue.');
  await saved(page);

  // The checks: back up to the top bar, open them, run them.
  const checks = page.getByTestId('preflight-open');
  await tabTo(page, checks, 'Shift+Tab');
  await expectVisibleFocus(checks);
  await page.keyboard.press('Enter');
  const run = page.getByTestId('preflight-run');
  await tabTo(page, run);
  await expectVisibleFocus(run);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('preflight-item').first()).toBeVisible();

  // Export the DOCX from the menu: the arrows move through it, Enter chooses.
  const exportMenu = page.getByTestId('export-menu');
  await tabTo(page, exportMenu, 'Shift+Tab');
  await expectVisibleFocus(exportMenu);
  await page.keyboard.press('Enter');
  const editorDocx = page.getByTestId('export-editor');
  await expect(page.getByRole('menu')).toBeVisible();
  for (let stop = 0; stop < 10 && !(await editorDocx.evaluate((e) => e === document.activeElement)); stop++) {
    await page.keyboard.press('ArrowDown');
  }
  await expectVisibleFocus(editorDocx);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  // The signatory and dates are still unfilled, so the checks hold the export; "Export anyway" is a keyboard stop too.
  const anyway = page.getByTestId('preflight-export-anyway');
  await tabTo(page, anyway);
  await expectVisibleFocus(anyway);
  await page.keyboard.press('Enter');
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const docx = await readDocx(await readFile(path));
  expect(docx.paragraphsText().join('\n')).toContain('Our door is always open to dialogue.');
});

test('a dialog traps focus and gives it back on Escape', async ({ page }) => {
  await page.goto(app.url);
  await tabTo(page, page.getByTestId('new-letter'));
  await page.keyboard.press('Enter');
  const rebuttal = page.locator(
    '[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]',
  );
  await tabTo(page, rebuttal);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('new-letter-dialog')).toBeHidden();
  await saved(page);

  const opener = page.getByTestId('save-as-template');
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('save-template-dialog');
  await expect(dialog).toBeVisible();
  const firstControl = dialog.getByTestId('save-template-name');
  const lastControl = dialog.getByTestId('save-template-ok');
  await expectVisibleFocus(firstControl);

  // Round the dialog in both directions, never out of it.
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(lastControl);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(firstControl);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectVisibleFocus(opener);
});
