/**
 * The review loop of issue 12, as an officer goes through it: every version
 * kept, what changed since the approval shown marked, comments on the text,
 * a restore that loses nothing. Real browser-mode server and files, no mocks.
 */
import type { Page } from '@playwright/test';
import { AppServer } from './appServer';
import { caretToEnd, moveCaret } from './caret';
import { newRebuttalLetter, saved } from './letterPage';
import { expect, test } from './test';
import { ui, uiById } from './ui';
import { joined, seriousViolations } from './pageText';

let app: AppServer;
// "Copy as text" writes the clipboard, as the user's browser would let it.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const PREFACE_ADDED = '我们欢迎坦诚对话。';
const BODY_ADDED = ' Our door remains open to dialogue.';
const EDIT = ' The ports stay in European hands.';

/** Text shown on the letter screen now (a version or a compare; the hidden editors do not count). */
const shownText = (page: Page, text: string) =>
  page.locator('main.letter').getByText(text).filter({ visible: true }).first();

/** The history's entry whose kind reads `kind`, newest first. */
const historyItem = (page: Page, kind: string) =>
  page
    .getByTestId('history-item')
    .filter({ has: page.getByTestId('history-kind').getByText(kind, { exact: true }) });

async function openHistory(page: Page) {
  const panel = page.getByTestId('history-panel');
  if (!(await panel.isVisible())) await page.getByTestId('history-open').click();
  await expect(panel).toBeVisible();
  return panel;
}

/** Exports a DOCX from the Export menu; the checks hold a template letter's export, so past them. */
async function exportDocx(page: Page, variant: 'bilingual' | 'editor') {
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId(`export-${variant}`).click();
  const anyway = page.getByTestId('preflight-export-anyway');
  await Promise.race([download, anyway.waitFor()]);
  if (await anyway.isVisible()) await anyway.click();
  return download;
}

test('draft, approve, edit, see what changed, comment, export, restore the approved text @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply on the ports');
  const preface = page.getByTestId('editor-preface');
  const english = page.getByTestId('editor-body');

  // Draft: both panes.
  await caretToEnd(page, preface);
  await page.keyboard.insertText(PREFACE_ADDED);
  await caretToEnd(page, english);
  await page.keyboard.insertText(BODY_ADDED);
  await saved(page);

  // Approve the preface: the version kept is what was approved.
  await page.getByTestId('approval-preface-approved').click();
  await saved(page);

  // Edit the English: the approved preface may now be out of date.
  await caretToEnd(page, english);
  await page.keyboard.insertText(EDIT);
  const stale = page.getByTestId('preface-stale');
  await expect(stale).toBeVisible();

  // "Show changes since approval": the edit is marked inserted, nothing deleted, read-only.
  await stale.getByTestId('show-changes-since-approval').click();
  const bar = page.getByTestId('history-bar');
  await expect(bar).toHaveAttribute('data-mode', 'comparing');
  await expect(page.getByTestId('comparison').getByRole('heading', { level: 2 })).toContainText(
    ui('current text'),
  );
  await expect.poll(() => joined(page.locator('ins'))).toContain(EDIT.trim());
  await expect.poll(() => joined(page.locator('ins'))).not.toContain(BODY_ADDED.trim());
  expect(await joined(page.locator('del'))).toBe('');
  await expect(english).toBeHidden();
  expect(await seriousViolations(page), 'axe on the compare view').toEqual([]);

  // Escape: back to editing, with the edit still there.
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(english).toContainText(EDIT.trim());

  // Comment on a phrase ("European hands", before the full stop), then resolve it.
  await caretToEnd(page, english);
  await moveCaret(page, 'ArrowLeft');
  for (const _ of 'European hands') await moveCaret(page, 'Shift+ArrowLeft');
  await page
    .getByTestId('pane-body')
    .getByRole('button', { name: uiById('editor.toolbar.comment') })
    .click();
  const commentDialog = page.getByTestId('comment-dialog');
  await expect(commentDialog.locator('blockquote')).toHaveText('European hands');
  await commentDialog.getByRole('textbox').fill('Say which ports.');
  await commentDialog.getByTestId('comment-new-submit').click();
  await expect(commentDialog).toBeHidden();
  const thread = page.getByTestId('comments-panel').getByTestId('comment-thread');
  await expect(thread.getByTestId('comment-text')).toHaveText(['Say which ports.']);
  await thread.getByTestId('thread-resolve').click();
  await expect(page.getByTestId('comments-resolved')).toBeVisible();
  await saved(page);

  // Export: a handout version.
  const docx = await exportDocx(page, 'bilingual');
  expect((await docx).suggestedFilename()).toMatch(/\.docx$/);

  // The history lists the approval and the export.
  const panel = await openHistory(page);
  const approval = historyItem(
    page,
    uiById('history.kind.approvalSide', { status: 'approved', side: 'preface' }),
  );
  await expect(approval).toHaveCount(1);
  await expect(historyItem(page, uiById('history.kind.docx', { variant: 'bilingual' }))).toHaveCount(1);
  // Newest first: the export before the approval.
  const kinds = await panel
    .getByTestId('history-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  expect(kinds.indexOf('handout')).toBeLessThan(kinds.indexOf('approval'));
  expect(kinds.at(-1)).toBe('created');
  expect(await seriousViolations(page), 'axe on the history panel').toEqual([]);

  // Restore the approved version: the edit goes, the approved preface stays.
  await approval.getByTestId('history-restore').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText(ui('Restore'));
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(english).toContainText(BODY_ADDED.trim());
  await expect(english).not.toContainText(EDIT.trim());
  await expect(preface).toContainText(PREFACE_ADDED);
  await expect(page.getByTestId('approval-preface-approved')).toHaveAttribute('aria-pressed', 'true');
  await saved(page);

  // The text the restore replaced is itself a version, and shows the edit.
  await openHistory(page);
  const before = historyItem(page, ui('Before restoring'));
  await expect(before).toHaveCount(1);
  await expect(page.getByTestId('history-item').first()).toHaveAttribute('data-kind', 'restored');
  await before.getByTestId('history-view').click();
  await expect(bar).toHaveAttribute('data-mode', 'viewing');
  await expect(bar).toContainText(ui('Before restoring'));
  await expect(page.getByTestId('history-bar-text')).toContainText(/read-only|只读/);
  await expect(shownText(page, EDIT.trim())).toBeVisible();
  await expect(english).toBeHidden();
  await page.getByTestId('history-bar-back').click();
  await expect(english).toBeVisible();
  await expect(english).not.toContainText(EDIT.trim());

  // Kept on disk: after a reload the letter is the restored one.
  await page.reload();
  await expect(page.getByTestId('editor-body')).not.toContainText(EDIT.trim());
});

test('Save version… keeps the text under a name; viewing it does not touch what is being typed', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to Politico');
  const english = page.getByTestId('editor-body');
  await caretToEnd(page, english);
  await page.keyboard.insertText(' First thoughts.');

  // From the panel; the name is asked in a dialog, and the unsaved text is saved first.
  await openHistory(page);
  await page.getByTestId('history-save-version').click();
  await page.getByTestId('prompt-input').fill('Sent to counsellor');
  await page.getByTestId('prompt-ok').click();
  await expect(page.getByTestId('prompt-dialog')).toHaveCount(0);
  const named = page.getByTestId('history-item').filter({ hasText: 'Sent to counsellor' });
  await expect(named).toHaveCount(1);
  await expect(named).toHaveAttribute('data-kind', 'named');

  // Keep typing, then look at the named version: read-only, and the editors keep the new text.
  await caretToEnd(page, english);
  await page.keyboard.insertText(' Second thoughts.');
  await named.getByTestId('history-view').click();
  await expect(page.getByTestId('history-bar')).toContainText('Sent to counsellor');
  await expect(shownText(page, 'First thoughts.')).toBeVisible();
  await expect(
    page.locator('main.letter').getByText('Second thoughts.').filter({ visible: true }),
  ).toHaveCount(0);
  await expect(page.getByTestId('letter-title')).toHaveAttribute('readonly', '');
  await page.getByTestId('history-bar-back').click();
  await expect(english).toContainText('First thoughts. Second thoughts.');

  // Compare the named version with the current text: the second thoughts are new.
  await named.getByTestId('history-compare').click();
  await expect.poll(() => joined(page.locator('ins'))).toContain('Second thoughts.');
  await page.keyboard.press('Escape');

  // The command (the menu's Letter ▸ Save Version…, here its shortcut) asks for a name too.
  await page.getByTestId('history-close').click();
  await expect(page.getByTestId('history-panel')).toHaveCount(0);
  await english.click();
  await page.keyboard.press('Control+Shift+S');
  await page.getByTestId('prompt-input').fill('Before the ambassador');
  await page.getByTestId('prompt-ok').click();
  // The dialog stays until the version is kept; the page's commands wait for it.
  await expect(page.getByTestId('prompt-dialog')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByTestId('history-item').first()).toContainText('Before the ambassador');

  // A copy is kept as a handout, so "Changes since last sent" has somewhere to start.
  await expect(page.getByTestId('history-since-sent')).toHaveAttribute('aria-disabled', 'true');
  await page.getByTestId('export-menu').click();
  await page.getByTestId('copy-text').click();
  const anyway = page.getByTestId('preflight-export-anyway');
  const copied = historyItem(page, uiById('history.kind.copy', { format: 'text' }));
  await expect(copied.or(anyway).first()).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(copied).toHaveCount(1);
  await expect(page.getByTestId('history-since-sent')).not.toHaveAttribute('aria-disabled', 'true');
  await page.getByTestId('history-since-sent').click();
  await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'comparing');
  expect(await joined(page.locator('ins, del'))).toBe('');

  await page.keyboard.press('Escape');

  // Any two versions: the named ones, ticked in either order; the older is the "from".
  await page
    .getByTestId('history-item')
    .filter({ hasText: 'Before the ambassador' })
    .getByTestId('history-pick')
    .check();
  await named.getByTestId('history-pick').check();
  await page.getByTestId('history-compare-selected').click();
  const compared = page.getByTestId('comparison').getByRole('heading', { level: 2 });
  await expect(compared).toContainText('Sent to counsellor');
  await expect(compared).toContainText('Before the ambassador');
  await expect.poll(() => joined(page.locator('ins'))).toContain('Second thoughts.');
  expect(await joined(page.locator('del'))).toBe('');
});
