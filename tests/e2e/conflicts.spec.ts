/**
 * Two tabs on one browser-mode server editing the same letter: the second
 * save meets the conflict dialog, never a silent overwrite, and whichever
 * version the user keeps, the other stays in the library as a copy.
 * Real server, real files, two real tabs.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { libraryItem, newRebuttalLetter, saved } from './letterPage';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const english = (page: Page) => page.getByTestId('editor-body');
const conflictDialog = (page: Page) =>
  page.getByRole('alertdialog', { name: 'This letter was changed elsewhere' });

/** Opens the letter itself, not a copy kept of one of its versions. */
async function openTheLetter(page: Page) {
  await page.reload();
  await libraryItem(page, 'Reply to Le Soir')
    .filter({ hasNotText: 'version' })
    .getByTestId('library-open')
    .click();
  await expect(page.getByTestId('letter-title')).toHaveValue('Reply to Le Soir');
}

/** One edit at the end of the English letter (inserted at once, so one autosave carries all of it). */
async function typeInEnglish(page: Page, text: string) {
  await caretToEnd(page, english(page));
  await page.keyboard.insertText(text);
}

/**
 * One letter open in two tabs; tab one saves an edit, then tab two (still on
 * the version it opened) edits too: its save is refused and the dialog shows.
 */
async function twoTabsInConflict(page: Page) {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to Le Soir');

  // The second tab reopens the letter the first has open.
  const other = await page.context().newPage();
  await other.goto(app.url);
  await expect(other.getByTestId('letter-title')).toHaveValue('Reply to Le Soir');
  await saved(other);

  await typeInEnglish(page, ' Tab one adds this.');
  await saved(page);
  await typeInEnglish(other, ' Tab two adds that.');
  await expect(conflictDialog(other)).toBeVisible();
  await expect(conflictDialog(other)).toContainText('“Reply to Le Soir” was changed in another window');
  return other;
}

test('keep mine: my text is saved, theirs stays in the library as a copy', async ({ page, requests }) => {
  const other = await twoTabsInConflict(page);
  const dialog = conflictDialog(other);

  // Side by side, read-only: their English letter next to mine.
  await dialog.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(dialog.getByTestId('conflict-theirs-body')).toContainText('Tab one adds this.');
  await expect(dialog.getByTestId('conflict-theirs-body')).not.toContainText('Tab two adds that.');
  await expect(dialog.getByTestId('conflict-mine-body')).toContainText('Tab two adds that.');

  // Autosave waits for the choice instead of retrying: no save is sent meanwhile.
  const saves = () => requests.filter((url) => url.endsWith('/api/letters.save')).length;
  const before = saves();
  await other.waitForTimeout(6000);
  expect(saves()).toBe(before);

  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(dialog).toBeHidden();
  await saved(other);
  await expect(english(other)).toContainText('Tab two adds that.');
  await expect(other.getByTestId('toast')).toContainText(
    'Theirs is kept in the library as “Reply to Le Soir (their version,',
  );

  // The copy holds tab one's text; the letter holds tab two's, in every tab.
  await libraryItem(other, '(their version,').getByTestId('library-open').click();
  await expect(english(other)).toContainText('Tab one adds this.');
  await expect(english(other)).not.toContainText('Tab two adds that.');
  await openTheLetter(page);
  await expect(english(page)).toContainText('Tab two adds that.');
  await expect(english(page)).not.toContainText('Tab one adds this.');
});

test('take theirs: their text opens, mine stays in the library as a copy', async ({ page }) => {
  const other = await twoTabsInConflict(page);

  // Escape puts the choice aside; nothing is saved, and the banner brings it back.
  await other.keyboard.press('Escape');
  await expect(conflictDialog(other)).toBeHidden();
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  await expect(other.getByTestId('save-status')).toContainText('Your latest changes are not saved.');
  await other.getByRole('button', { name: 'Choose…' }).click();

  await conflictDialog(other).getByRole('button', { name: 'Take theirs' }).click();
  await expect(conflictDialog(other)).toBeHidden();
  await expect(english(other)).toContainText('Tab one adds this.');
  await expect(english(other)).not.toContainText('Tab two adds that.');
  await saved(other);
  await expect(other.getByTestId('toast')).toContainText(
    'Yours is kept in the library as “Reply to Le Soir (my version,',
  );

  // Editing goes on from their version without another conflict.
  await typeInEnglish(other, ' Agreed.');
  await saved(other);
  await libraryItem(other, '(my version,').getByTestId('library-open').click();
  await expect(english(other)).toContainText('Tab two adds that.');
  await expect(english(other)).not.toContainText('Tab one adds this.');

  await openTheLetter(page);
  await expect(english(page)).toContainText('Tab one adds this. Agreed.');
});

test('a conflict met while Settings is shown waits for the letter, and the window keeps working', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply to Le Soir');
  const other = await page.context().newPage();
  await other.goto(app.url);
  await expect(other.getByTestId('letter-title')).toHaveValue('Reply to Le Soir');
  await typeInEnglish(page, ' Tab one adds this.');
  await saved(page);

  // Tab two is in Settings when its letter's next save (a rename from the sidebar) is refused.
  await other.getByTestId('settings').click();
  await expect(other.getByTestId('settings-view')).toBeVisible();
  await libraryItem(other, 'Reply to Le Soir').hover();
  await libraryItem(other, 'Reply to Le Soir').getByTestId('library-rename').click();
  await other.getByTestId('library-rename-input').fill('Reply to Le Soir, revised');
  const refused = other.waitForResponse((response) => response.url().endsWith('/api/letters.save'));
  await other.keyboard.press('Enter');
  expect((await refused).ok()).toBe(false);

  // No dialog hidden behind Settings holds the window: the sidebar still answers at once.
  await expect(conflictDialog(other)).toHaveCount(0);
  await other.getByTestId('templates').click({ timeout: 5000 });
  await expect(other.getByTestId('templates-view')).toBeVisible();
  const notice = other.getByTestId('toast-error').filter({ hasText: 'was changed in another window' });
  await expect(notice).toContainText('Your latest changes to “Reply to Le Soir, revised” are not saved');

  // The notice leads back to the letter, where the choice is waiting.
  await notice.getByRole('button', { name: 'Open the letter' }).click();
  await expect(conflictDialog(other)).toBeVisible();
  await conflictDialog(other).getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflictDialog(other)).toBeHidden();
  await saved(other);
  await expect(other.getByTestId('letter-title')).toHaveValue('Reply to Le Soir, revised');
});
