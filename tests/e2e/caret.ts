import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Puts the caret at the very end of an editor, as a user would with a click and
 * Ctrl+End, and waits until the editor has taken the new selection: Lexical
 * reads it on `selectionchange`, so a key pressed too soon would still land
 * where the click was (seen on a loaded CI machine).
 */
export async function caretToEnd(page: Page, editor: Locator): Promise<void> {
  await editor.locator('p, li, h1').last().click();
  await page.keyboard.press('Control+End');
  await expect
    .poll(() =>
      editor.evaluate((root) => {
        const selection = root.ownerDocument.getSelection();
        if (!selection?.focusNode || !root.contains(selection.focusNode)) return false;
        const rest = root.ownerDocument.createRange();
        rest.selectNodeContents(root);
        rest.setStart(selection.focusNode, selection.focusOffset);
        return rest.toString() === '';
      }),
    )
    .toBe(true);
  // Two frames: the selectionchange has been dispatched and handled.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
