/**
 * Every view and dialog of the browser-mode app, checked with axe against
 * WCAG 2.1 A and AA: no serious or critical violation anywhere. Also what a
 * screen reader announces for the letter itself: the panes' names and
 * languages, and the toolbars' names.
 *
 * Runs in both interface languages: the project's browser locale is the
 * system's language, which the app follows (playwright.config.ts), and every
 * name is looked up in the run's language (./ui.ts). The panes keep their own
 * languages whatever the interface speaks.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SIDE_LANGUAGE } from '../../core/sides';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { libraryItem, newRebuttalLetter, saved, sideName, toolbarName } from './letterPage';
import { expect, test } from './test';
import { ui, uiLanguage } from './ui';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now; a failure lists each violation's rule, help and elements. */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} [${violation.helpUrl}] at ` +
        violation.nodes.map((node) => node.target.join(' ')).join(', '),
    );
  // Soft, so one run lists what is wrong in every view, not only the first.
  expect.soft(serious, `serious or critical axe violations in ${where}`).toEqual([]);
}

let app: AppServer;

test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

test.describe('axe @both-languages', () => {
  // Each test runs axe about ten times, a few seconds each on a busy machine.
  test.slow();

  test('every view passes axe, and the panes say their names and languages', async ({ page }) => {
    await page.goto(app.url);
    // The page says which language its interface speaks: the run's.
    await expect(page.locator('html')).toHaveAttribute('lang', uiLanguage());
    await expectNoSeriousViolations(page, 'the empty library');

    // The letter, both panes, its details open.
    await newRebuttalLetter(page, 'Reply to Le Soir');
    await caretToEnd(page, page.getByTestId('editor-body'));
    await page.keyboard.insertText(' Our door is always open to dialogue.');
    await saved(page);
    await expectNoSeriousViolations(page, 'the letter');

    // What a screen reader announces for each side: its region, its language, its toolbar, its editor.
    for (const side of ['preface', 'body'] as const) {
      const pane = page.getByRole('region', { name: sideName(side), exact: true });
      await expect(pane).toHaveAttribute('lang', SIDE_LANGUAGE[side]);
      await expect(pane.getByRole('toolbar', { name: toolbarName(side) })).toBeVisible();
      await expect(pane.getByRole('textbox', { name: sideName(side), exact: true })).toHaveAttribute(
        'lang',
        SIDE_LANGUAGE[side],
      );
    }
    await expect(page.getByRole('main', { name: ui('Letter') })).toBeVisible();
    await expect(page.getByRole('complementary', { name: ui('Library') })).toBeVisible();

    // The library with two letters, then with search results.
    await newRebuttalLetter(page, 'Reply to Politico');
    await expect(page.getByTestId('library-item')).toHaveCount(2);
    await expectNoSeriousViolations(page, 'the library with letters');
    await page.getByTestId('library-search').fill('dialogue');
    await expect(page.getByTestId('search-results').getByTestId('library-item')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'the library’s search results');
    await page.getByTestId('library-search').fill('');

    // The trash, with a letter in it.
    await libraryItem(page, 'Reply to Politico').hover();
    await libraryItem(page, 'Reply to Politico').getByTestId('library-delete').click();
    await expect(page.getByTestId('library-item')).toHaveCount(1);
    await page.getByTestId('trash').click();
    await expect(page.getByTestId('trash-item')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'the trash');

    await page.getByTestId('templates').click();
    await expect(page.getByTestId('templates-view')).toBeVisible();
    await expectNoSeriousViolations(page, 'the templates');

    // Settings, and its forms open.
    await page.getByTestId('settings').click();
    await expect(page.getByTestId('settings-view')).toBeVisible();
    await expectNoSeriousViolations(page, 'the settings');
    await page.getByTestId('signatory-add').click();
    await expect(page.getByTestId('signatory-name-en')).toBeFocused();
    await expectNoSeriousViolations(page, 'the settings’ signatory form');
    await page.getByTestId('publication-add').click();
    await expect(page.getByTestId('publication-name-en')).toBeFocused();
    await expectNoSeriousViolations(page, 'the settings’ publication form');
    await page.getByTestId('term-add').click();
    await expect(page.getByTestId('term-zh')).toBeFocused();
    await expectNoSeriousViolations(page, 'the settings’ termbase with its entry form');
  });

  test('every dialog passes axe', async ({ page }) => {
    await page.goto(app.url);
    await page.getByTestId('new-letter').click();
    const newLetter = page.getByRole('dialog', { name: ui('New letter') });
    // showModal() puts focus on the first choice.
    await expect(newLetter.getByTestId('template-option').first()).toBeFocused();
    await expectNoSeriousViolations(page, 'the new-letter dialog');
    await page.keyboard.press('Escape');
    await expect(newLetter).toBeHidden();

    await newRebuttalLetter(page, 'Reply to Le Soir');
    const body = page.getByTestId('pane-body');
    const english = page.getByTestId('editor-body');

    // Insert link, with a word selected.
    await caretToEnd(page, english);
    await page.keyboard.insertText(' Read more.');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await body.getByRole('button', { name: ui('Link'), exact: true }).click();
    const link = page.getByRole('dialog', { name: ui('Insert link') });
    await expect(link).toBeVisible();
    await expectNoSeriousViolations(page, 'the insert-link dialog');
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();

    await body.getByRole('button', { name: ui('Insert field') }).click();
    const field = page.getByRole('dialog', { name: ui('Insert field') });
    await expect(field.getByTestId('insert-field-search')).toBeFocused();
    await expectNoSeriousViolations(page, 'the insert-field dialog');
    await page.keyboard.press('Escape');
    await expect(field).toBeHidden();

    await body.getByTestId('snippet-insert').click();
    const snippets = page.getByTestId('snippet-picker');
    await expect(snippets.getByTestId('snippet-option').first()).toBeVisible();
    await expect(snippets.getByTestId('snippet-search')).toBeFocused();
    await expectNoSeriousViolations(page, 'the snippet picker');
    await page.keyboard.press('Escape');
    await expect(snippets).toBeHidden();

    await body.getByTestId('term-insert').click();
    const terms = page.getByTestId('term-picker');
    await expect(terms.getByTestId('term-picker-search')).toBeFocused();
    await expectNoSeriousViolations(page, 'the term picker');
    await page.keyboard.press('Escape');
    await expect(terms).toBeHidden();

    await page.getByTestId('save-as-template').click();
    const template = page.getByTestId('save-template-dialog');
    await expect(template).toBeVisible();
    await expectNoSeriousViolations(page, 'the save-as-template dialog');
    await page.keyboard.press('Escape');
    await expect(template).toBeHidden();

    await page.getByTestId('preflight-open').click();
    await page.getByTestId('preflight-run').click();
    await expect(page.getByTestId('preflight-item').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the preflight panel');

    await page.getByTestId('export-menu').click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoSeriousViolations(page, 'the export menu');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    // The conflict dialog: a second tab saves over the version this one opened.
    await saved(page);
    const other = await page.context().newPage();
    await other.goto(app.url);
    await expect(other.getByTestId('letter-title')).toHaveValue('Reply to Le Soir');
    await saved(other);
    await caretToEnd(page, english);
    await page.keyboard.insertText(' Tab one adds this.');
    await saved(page);
    await caretToEnd(other, other.getByTestId('editor-body'));
    await other.keyboard.insertText(' Tab two adds that.');
    await expect(
      other.getByRole('alertdialog', { name: ui('This letter was changed elsewhere') }),
    ).toBeVisible();
    await expectNoSeriousViolations(other, 'the conflict dialog');
  });
});
