/** What several specs look for on the letter page. */
import type { Page } from '@playwright/test';
import { SIDE_NAMES, type Side } from '../../core/sides';
import { expect } from './test';
import { ui, uiById } from './ui';

/** Waits until the top bar says the letter is saved. */
export const saved = (page: Page) =>
  expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

/** The library's entry for a letter whose title holds `text`. */
export const libraryItem = (page: Page, text: string) =>
  page.getByTestId('library-item').filter({ hasText: text });

/** A letter made from the rebuttal template, titled `title`, saved. */
export async function newRebuttalLetter(page: Page, title: string): Promise<void> {
  await page.getByTestId('new-letter').click();
  await page
    .locator('[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]')
    .click();
  await page.getByTestId('letter-title').fill(title);
  await saved(page);
}

/** What the interface calls a side of the letter (its pane, its editor), in the run's language. */
export const sideName = (side: Side) => ui(SIDE_NAMES[side]);

/** The accessible name of a pane's formatting toolbar. */
export const toolbarName = (side: Side) => ui(`${SIDE_NAMES[side]} formatting`);

/** The English letter's word count as the page words it (Settings words a word limit its own way in Chinese). */
export const wordCountText = (count: number) => uiById('editor.count.words', { count });
