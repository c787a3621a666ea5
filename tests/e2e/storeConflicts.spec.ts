/**
 * The same publication, or the same settings section, edited in two tabs of
 * one browser-mode server: the second save is refused, the page says so and
 * keeps the user's text, and both choices it offers work. Real server, real files.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

async function settingsTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('settings').click();
  await expect(page.getByTestId('settings-view')).toBeVisible();
  return page;
}

const editPublication = async (page: Page, id: string) => {
  await page
    .locator(`[data-testid="publication-item"][data-publication-id="${id}"]`)
    .getByTestId('publication-edit')
    .click();
  return page.getByTestId('publication-form');
};

test('a publication edited in two tabs: the later save is refused and either version can be kept', async ({
  context,
}) => {
  const first = await settingsTab(context);
  const second = await settingsTab(context);
  const formInFirst = await editPublication(first, 'euobserver');
  const formInSecond = await editPublication(second, 'euobserver');

  await formInFirst.getByTestId('publication-notes').fill('Letters on Mondays (first tab).');
  await formInFirst.getByTestId('publication-save').click();
  await expect(formInFirst).toHaveCount(0);

  // The second tab still shows the version it opened; its save must not overwrite the first tab's.
  await formInSecond.getByTestId('publication-notes').fill('Letters by email only (second tab).');
  await formInSecond.getByTestId('publication-save').click();
  const conflict = formInSecond.getByTestId('edit-conflict');
  await expect(conflict).toContainText(
    'The publication “EUobserver” was changed in another window or program since you opened it.',
  );
  await expect(formInSecond.getByTestId('publication-notes')).toHaveValue(
    'Letters by email only (second tab).',
  );

  // Take theirs: the first tab's text appears in the form.
  await conflict.getByTestId('edit-conflict-theirs').click();
  await expect(formInSecond.getByTestId('edit-conflict')).toHaveCount(0);
  await expect(formInSecond.getByTestId('publication-notes')).toHaveValue('Letters on Mondays (first tab).');

  // Both tabs edit again; this time the second keeps its own version over the first's newer one.
  const again = await editPublication(first, 'euobserver');
  await again.getByTestId('publication-word-limit').fill('250');
  await again.getByTestId('publication-save').click();
  await expect(again).toHaveCount(0);
  await formInSecond.getByTestId('publication-notes').fill('Mondays, and by email (second tab).');
  await formInSecond.getByTestId('publication-save').click();
  await expect(formInSecond.getByTestId('edit-conflict')).toBeVisible();
  // Typing on before choosing: what the form holds when "Save mine anyway" is clicked is what is saved.
  await formInSecond.getByTestId('publication-notes').fill('Mondays, and by email (second tab, final).');
  await formInSecond.getByTestId('edit-conflict-mine').click();
  await expect(formInSecond).toHaveCount(0);

  await first.reload();
  await first.getByTestId('settings').click();
  const stored = await editPublication(first, 'euobserver');
  await expect(stored.getByTestId('publication-notes')).toHaveValue(
    'Mondays, and by email (second tab, final).',
  );
  // Mine is kept whole: the word limit the first tab set meanwhile is not merged in.
  await expect(stored.getByTestId('publication-word-limit')).toHaveValue('');
});

test('the letterhead edited in two tabs: the page says so, keeps the typing, and saves either version', async ({
  context,
}) => {
  const first = await settingsTab(context);
  const second = await settingsTab(context);

  await first.getByTestId('letterhead-org-en').fill('Embassy (first tab)');
  await first.getByTestId('letterhead-org-en').blur();
  await expect(first.getByTestId('letterhead-status')).toHaveAttribute('data-state', 'saved');

  await second.getByTestId('letterhead-org-en').fill('Embassy (second tab)');
  await second.getByTestId('letterhead-org-en').blur();
  const conflict = second.getByTestId('edit-conflict');
  await expect(conflict).toContainText('The letterhead was changed in another window or program');
  await expect(second.getByTestId('letterhead-status')).toContainText('Not saved: changed in another window');
  await expect(second.getByTestId('letterhead-org-en')).toHaveValue('Embassy (second tab)');

  // Save mine anyway: the second tab's name is stored over the first's.
  await conflict.getByTestId('edit-conflict-mine').click();
  await expect(second.getByTestId('edit-conflict')).toHaveCount(0);
  await expect(second.getByTestId('letterhead-status')).toHaveAttribute('data-state', 'saved');

  // Now the first tab is the stale one: its next change is refused, and it takes theirs.
  await first.getByTestId('letterhead-phone').fill('+32 2 771 33 09');
  await first.getByTestId('letterhead-phone').blur();
  await expect(first.getByTestId('edit-conflict')).toBeVisible();
  await first.getByTestId('edit-conflict-theirs').click();
  await expect(first.getByTestId('edit-conflict')).toHaveCount(0);
  await expect(first.getByTestId('letterhead-org-en')).toHaveValue('Embassy (second tab)');
  await expect(first.getByTestId('letterhead-phone')).toHaveValue('');
  await expect(first.getByTestId('letterhead-status')).toHaveAttribute('data-state', 'saved');

  // Once the conflict is settled, autosave goes on: the first tab's next edit is stored.
  await first.getByTestId('letterhead-phone').fill('+32 2 000 00 00');
  await first.getByTestId('letterhead-phone').blur();
  await expect(first.getByTestId('letterhead-status')).toHaveAttribute('data-state', 'saved');

  // The house style is its own section: changing it in the first tab is no conflict.
  await first.getByTestId('house-spelling').selectOption('en-US');
  await expect(first.getByTestId('house-style-status')).toHaveAttribute('data-state', 'saved');

  const third = await settingsTab(context);
  await expect(third.getByTestId('letterhead-org-en')).toHaveValue('Embassy (second tab)');
  await expect(third.getByTestId('letterhead-phone')).toHaveValue('+32 2 000 00 00');
  await expect(third.getByTestId('house-spelling')).toHaveValue('en-US');
});
