/**
 * Comments on a letter's text, end to end against the real server and files:
 * select a phrase → Comment → type → reply → resolve → reopen → edit one's
 * own → reload keeps it all → delete the commented text → the thread stays,
 * detached → the library counts it → the checks warn about it. The comments
 * panel passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { AppServer } from './appServer';
import { caretToEnd, moveCaret } from './caret';
import { libraryItem, newRebuttalLetter, saved } from './letterPage';
import { expect, test } from './test';
import { ui, uiById } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const PHRASE = 'Our ports are open to all investors';
const REMARK = 'Say which ports.';
const REPLY = 'Antwerp and Zeebrugge.';
const EDITED = 'Say which ports, please.';

/** A new paragraph at the end of the English letter with `text`, selected as a user would. */
async function typeAndSelectLine(page: Page, editor: Locator, text: string) {
  await caretToEnd(page, editor);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(text);
  await moveCaret(page, 'Shift+Home');
}

test('a comment on a phrase: reply, resolve, reopen, edit, reload, detach, count, check @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to Le Soir');
  const english = page.getByTestId('editor-body');
  await typeAndSelectLine(page, english, PHRASE);

  // The toolbar offers Comment for the selection; Ctrl+Alt+M does the same.
  const toolbarComment = page
    .getByTestId('pane-body')
    .getByRole('button', { name: uiById('editor.toolbar.comment') });
  await expect(toolbarComment).toBeEnabled();
  await page.keyboard.press('Control+Alt+m');
  const dialog = page.getByTestId('comment-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).toHaveText(PHRASE);
  // An empty comment is refused, with the reason.
  await dialog.getByTestId('comment-new-submit').click();
  await expect(dialog.getByRole('alert')).toHaveText(ui('Type the comment first.'));
  await dialog.getByRole('textbox').fill(REMARK);
  await dialog.getByTestId('comment-new-submit').click();
  await expect(dialog).toBeHidden();

  // The thread is in the panel, its text marked in the editor.
  const panel = page.getByTestId('comments-panel');
  const thread = panel.getByTestId('comment-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread.getByTestId('comment-text')).toHaveText([REMARK]);
  const mark = english.locator('mark');
  await expect(mark).toHaveText(PHRASE);
  await expect(mark).not.toHaveClass(/ed-comment--resolved/);

  // Reply.
  await thread.getByTestId('comment-reply').getByRole('textbox').fill(REPLY);
  await thread.getByTestId('comment-reply-submit').click();
  await expect(thread.getByTestId('comment-text')).toHaveText([REMARK, REPLY]);

  // Resolve: folded away, and the text no longer highlighted; reopen brings both back.
  await thread.getByTestId('thread-resolve').click();
  const resolved = panel.getByTestId('comments-resolved');
  await expect(resolved).toBeVisible();
  await expect(mark).toHaveClass(/ed-comment--resolved/);
  await resolved.locator('summary').click();
  await resolved.getByTestId('thread-reopen').click();
  await expect(resolved).toBeHidden();
  await expect(mark).not.toHaveClass(/ed-comment--resolved/);

  // Edit one's own comment.
  const first = thread.getByTestId('comment').first();
  await first.getByRole('button', { name: uiById('comments.comment.edit') }).click();
  await first.getByTestId('comment-edit').getByRole('textbox').fill(EDITED);
  await first.getByTestId('comment-edit-submit').click();
  await expect(thread.getByTestId('comment-text')).toHaveText([EDITED, REPLY]);
  await expect(first).toContainText(uiById('comments.comment.edited'));

  // The panel passes axe.
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="comments-panel"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // Everything is stored with the letter.
  await saved(page);
  await page.reload();
  await libraryItem(page, 'Reply to Le Soir').getByTestId('library-open').click();
  await expect(mark).toHaveText(PHRASE);
  await page.getByTestId('comments-toggle').click();
  await expect(thread.getByTestId('comment-text')).toHaveText([EDITED, REPLY]);
  await expect(thread.getByTestId('thread-detached')).toHaveCount(0);

  // Clicking the marked text opens its thread.
  await page.getByTestId('comments-toggle').click();
  await expect(panel).toBeHidden();
  await mark.click();
  await expect(thread).toHaveClass(/thread--active/);

  // The library counts the open comment.
  const badge = libraryItem(page, 'Reply to Le Soir').getByTestId('library-open-comments');
  await expect(badge).toHaveAttribute('title', uiById('comments.badge.label', { count: 1 }));

  // The checks warn before the letter is handed out.
  await page.getByTestId('preflight-open').click();
  await page.getByTestId('preflight-run').click();
  const warning = page.getByTestId('preflight-item').and(page.locator('[data-rule="comments.open"]'));
  await expect(warning).toContainText(uiById('preflight.comments.open', { count: 1, side: 'body' }));
  await expect(warning).toHaveAttribute('data-severity', 'warning');
  // It leads to the comments.
  await page.getByTestId('comments-toggle').click();
  await expect(panel).toBeHidden();
  await warning.getByTestId('preflight-show-comments').click();
  await expect(panel).toBeVisible();

  // Deleting the commented text leaves the thread, detached, with its quote.
  await mark.click();
  await moveCaret(page, 'End');
  await moveCaret(page, 'Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(mark).toHaveCount(0);
  await expect(thread.getByTestId('thread-detached')).toBeVisible();
  await expect(thread.locator('blockquote')).toHaveText(PHRASE);
  await saved(page);
  await page.reload();
  await libraryItem(page, 'Reply to Le Soir').getByTestId('library-open').click();
  await page.getByTestId('comments-toggle').click();
  await expect(thread.getByTestId('thread-detached')).toBeVisible();
});

test('commenting keeps an approved side approved; deleting the opening comment deletes the thread and unmarks its text', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to Politico');
  const english = page.getByTestId('editor-body');
  await caretToEnd(page, english);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(PHRASE);
  await saved(page);
  // A comment is about the text, not a change to it: the approval stands.
  const approved = page.getByTestId('approval-body-approved');
  await approved.click();
  await expect(approved).toHaveAttribute('aria-pressed', 'true');
  await english.locator('p').last().click();
  await moveCaret(page, 'End');
  await moveCaret(page, 'Shift+Home');
  await page
    .getByTestId('pane-body')
    .getByRole('button', { name: uiById('editor.toolbar.comment') })
    .click();
  await page.getByTestId('comment-dialog').getByRole('textbox').fill(REMARK);
  await page.getByTestId('comment-new-submit').click();
  const thread = page.getByTestId('comment-thread');
  await expect(english.locator('mark')).toHaveText(PHRASE);
  await saved(page);
  await expect(approved).toHaveAttribute('aria-pressed', 'true');

  await thread.getByRole('button', { name: uiById('comments.comment.delete') }).click();
  await page.getByTestId('confirm-ok').click();
  await expect(thread).toHaveCount(0);
  await expect(english.locator('mark')).toHaveCount(0);
  await expect(english).toContainText(PHRASE);
  await saved(page);
  await expect(approved).toHaveAttribute('aria-pressed', 'true');
  await expect(libraryItem(page, 'Reply to Politico').getByTestId('library-open-comments')).toHaveCount(0);
});

/** Fires a real copy or cut event at the editor, as Ctrl+C / Ctrl+X do, and returns what it put on the clipboard. */
function clipboardEvent(editor: Locator, type: 'copy' | 'cut'): Promise<Record<string, string>> {
  return editor.evaluate((root, type) => {
    const data = new DataTransfer();
    root.dispatchEvent(new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true }));
    return Object.fromEntries(data.types.map((t) => [t, data.getData(t)]));
  }, type);
}

/** Fires a paste event carrying `clipboard` at the editor, as Ctrl+V does. */
async function paste(editor: Locator, clipboard: Record<string, string>): Promise<void> {
  await editor.evaluate((root, clipboard) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(clipboard)) data.setData(type, value);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboard);
}

test('a copy of commented text carries no comment; cut and paste moves it', async ({ page }) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to Le Monde');
  const english = page.getByTestId('editor-body');
  await typeAndSelectLine(page, english, PHRASE);
  await page.keyboard.press('Control+Alt+m');
  await page.getByTestId('comment-dialog').getByRole('textbox').fill(REMARK);
  await page.getByTestId('comment-new-submit').click();
  const thread = page.getByTestId('comment-thread');
  const mark = english.locator('mark');
  await expect(mark).toHaveText(PHRASE);

  // Copy: the pasted copy is plain text, the thread stays on the original.
  await mark.click();
  await moveCaret(page, 'End');
  await moveCaret(page, 'Shift+Home');
  const copied = await clipboardEvent(english, 'copy');
  expect(copied['application/x-lexical-editor']).toContain('"mark"');
  await caretToEnd(page, english);
  await page.keyboard.press('Enter');
  await paste(english, copied);
  await expect(english.locator('p').filter({ hasText: PHRASE })).toHaveCount(2);
  await expect(mark).toHaveCount(1);

  // Cut: the thread loses its text, and gets it back where it is pasted.
  await mark.click();
  await moveCaret(page, 'End');
  await moveCaret(page, 'Shift+Home');
  const cut = await clipboardEvent(english, 'cut');
  await expect(mark).toHaveCount(0);
  await expect(thread.getByTestId('thread-detached')).toBeVisible();
  await caretToEnd(page, english);
  await page.keyboard.press('Enter');
  await paste(english, cut);
  await expect(mark).toHaveText(PHRASE);
  await expect(thread.getByTestId('thread-detached')).toHaveCount(0);
});

test('comments are signed with “Your name”, and only one’s own can be edited', async ({ page }) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to the FT');
  // Without a name or a default signatory, comments are "You"'s.
  const english = page.getByTestId('editor-body');
  await typeAndSelectLine(page, english, PHRASE);
  await page.keyboard.press('Control+Alt+m');
  await page.getByTestId('comment-dialog').getByRole('textbox').fill(REMARK);
  await page.getByTestId('comment-new-submit').click();
  const first = page.getByTestId('comment').first();
  await expect(first.locator('.comment__author')).toHaveText(uiById('comments.author.you'));
  await saved(page);

  await page.getByTestId('settings').click();
  await page.getByTestId('your-name').fill('Li Ming');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('language-status')).toHaveAttribute('data-state', 'saved');
  await libraryItem(page, 'Reply to the FT').getByTestId('library-open').click();

  // Now this desk is Li Ming's: a reply is signed so and is Li Ming's to edit; "You"'s comment is not.
  const thread = page.getByTestId('comment-thread');
  await thread.getByTestId('comment-reply').getByRole('textbox').fill(REPLY);
  await thread.getByTestId('comment-reply-submit').click();
  const reply = page.getByTestId('comment').nth(1);
  await expect(reply.locator('.comment__author')).toHaveText('Li Ming');
  await expect(reply.getByRole('button', { name: uiById('comments.comment.edit') })).toBeVisible();
  await expect(first.getByRole('button', { name: uiById('comments.comment.edit') })).toHaveCount(0);
});
