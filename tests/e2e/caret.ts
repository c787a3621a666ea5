import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Puts the caret at the very end of an editor, as a user would with a click and
 * Ctrl+End, and waits until the editor has taken the new selection (see moveCaret).
 */
export async function caretToEnd(page: Page, editor: Locator): Promise<void> {
  await editor.locator('p, li, h1').last().click();
  await moveCaret(page, 'Control+End');
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
}

/**
 * Presses a key that moves the caret (End, Shift+Home …) and waits until the
 * editor has seen the move. Lexical reads the caret on `selectionchange`, which
 * the browser sends a moment after the key; on a loaded machine Playwright's
 * next key can arrive first and act on the old selection (a person is never
 * that fast). The listener is armed by the key itself, so an older pending
 * `selectionchange` cannot satisfy it; a key that moves nothing times out quietly.
 */
export async function moveCaret(page: Page, key: string): Promise<void> {
  await page.evaluate(() => {
    const seen = new Promise<void>((done) => {
      setTimeout(done, 2000);
      document.addEventListener(
        'keydown',
        () => document.addEventListener('selectionchange', () => done(), { once: true }),
        { once: true, capture: true },
      );
    });
    (window as Window & { caretMoved?: Promise<void> }).caretMoved = seen;
  });
  await page.keyboard.press(key);
  await page.evaluate(() => (window as Window & { caretMoved?: Promise<void> }).caretMoved);
}
