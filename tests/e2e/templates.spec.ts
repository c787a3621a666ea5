/**
 * Templates end to end, against the real server: save a letter as a template
 * and start a new letter from it; a custom field inserted from the toolbar and
 * filled in the details; share the template library with a second, fresh app;
 * a malformed library file is refused with its problems and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { saved } from './letterPage';
import { ui, uiExactPattern } from './ui';

let apps: AppServer[] = [];
test.beforeEach(async () => {
  apps = [await AppServer.start()];
});
test.afterEach(async () => {
  await Promise.all(apps.map((app) => app.dispose()));
});

async function newLetter(page: Page, templateId: string) {
  await page.getByTestId('new-letter').click();
  await page.locator(`[data-testid="template-option"][data-template-id="${templateId}"]`).click();
  await expect(page.getByTestId('editor-body')).toBeVisible();
}

test('a letter saved as a template starts the next letter, with its facts turned back into fields @both-languages', async ({
  page,
}) => {
  const [app] = apps;
  await page.goto(app.url);
  await newLetter(page, 'letter-to-the-editor-rebuttal');
  await page.getByTestId('field-publication').fill('Le Soir');
  const english = page.getByTestId('editor-body');
  await caretToEnd(page, english);
  await page.keyboard.type(' Readers of Le Soir deserve the facts.');

  // A custom field from the toolbar gets its own input in the details.
  await page
    .getByTestId('pane-body')
    .getByRole('button', { name: ui('Insert field') })
    .click();
  await page.getByTestId('insert-custom-field').click();
  await page.getByTestId('custom-field-name').fill('Embargo time');
  await page.getByTestId('custom-field-ok').click();
  await expect(english).toContainText('[embargo time]');
  await page.getByTestId('custom-field-embargo_time').fill('10:00 CET');
  await expect(english).toContainText('Readers of Le Soir deserve the facts.10:00 CET');
  await saved(page);

  await page.getByTestId('save-as-template').click();
  await page.getByTestId('save-template-name').fill('Le Soir short reply');
  await page.getByTestId('save-template-keep-preface').uncheck();
  await page.getByTestId('save-template-ok').click();
  await expect(page.getByTestId('save-template-dialog')).toHaveCount(0);

  await page.getByTestId('new-letter').click();
  const option = page.getByTestId('template-option').filter({ hasText: 'Le Soir short reply' });
  await expect(option).toContainText(ui('Your template'));
  await option.click();
  await expect(english).toContainText('Readers of [publication] deserve the facts.[embargo time]');
  await page.getByTestId('field-publication').fill('EUobserver');
  await expect(english).toContainText('published in EUobserver on [article date]');
  await expect(english).toContainText('Readers of EUobserver deserve the facts.');
  await expect(page.getByTestId('custom-field-embargo_time')).toHaveValue('');
  // The preface was not kept: an empty headline and paragraph.
  await expect(page.getByTestId('editor-preface')).toHaveText('');
  await saved(page);

  // The placeholder chips survive a restart as fields, not as frozen text.
  await app.restart();
  await page.goto(app.url);
  await page.getByTestId('field-publication').fill('Politico');
  await expect(english).toContainText('Readers of Politico deserve the facts.');
});

test('the template library exports from one app and imports into another; a bad file changes nothing', async ({
  page,
}) => {
  const [first] = apps;
  await page.goto(first.url);
  await page.getByTestId('templates').click();
  const rows = page.getByTestId('template-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: ui('Built-in') })).toHaveCount(5);
  await rows.filter({ hasText: 'Press statement' }).getByTestId('template-duplicate').click();
  const copy = rows.filter({ hasText: 'Press statement (copy)' });
  await expect(copy).toHaveCount(1);
  await expect(copy.getByTestId('template-delete')).toBeVisible();
  await expect(rows.first().getByTestId('template-delete')).toHaveCount(0);
  await copy.getByTestId('template-rename').click();
  await page.getByTestId('template-details-name').fill('Statement for the Brussels press');
  await page.getByTestId('template-details-ok').click();
  const renamed = rows.filter({ hasText: 'Statement for the Brussels press' });
  await expect(renamed).toHaveCount(1);

  // Edit the copy's content in the two-pane editor; the edit travels with the export.
  await renamed.getByTestId('template-edit').click();
  const templateEnglish = page.getByTestId('template-editor-body');
  await caretToEnd(page, templateEnglish);
  await page.keyboard.type(' Issued in Brussels.');
  await page.getByTestId('template-salutation').fill('Dear friends,');
  await page.getByTestId('template-editor-save').click();
  await expect(renamed).toHaveCount(1);
  // Leaving with unsaved edits asks first.
  await renamed.getByTestId('template-edit').click();
  await caretToEnd(page, templateEnglish);
  await page.keyboard.type(' Not kept.');
  await page.getByTestId('template-editor-cancel').click();
  await page.getByTestId('confirm-ok').click();
  await expect(renamed).toHaveCount(1);
  // So does leaving by the sidebar: staying keeps the edit, discarding goes.
  await renamed.getByTestId('template-edit').click();
  await caretToEnd(page, templateEnglish);
  await page.keyboard.type(' Nor this.');
  await page.getByTestId('settings').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText(
    ui('Discard your changes to the template “{name}”?', { name: 'Statement for the Brussels press' }),
  );
  await confirm.getByRole('button', { name: ui('Cancel') }).click();
  await expect(templateEnglish).toContainText('Issued in Brussels. Nor this.');
  await page.getByTestId('settings').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('settings')).toHaveAttribute('aria-current', 'page');
  await page.getByTestId('templates').click();
  await expect(renamed).toHaveCount(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    renamed.getByTestId('template-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^letterdesk-library-.*\.json$/);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const content = await readFile(path);

  const second = await AppServer.start();
  apps.push(second);
  await page.goto(second.url);
  await page.getByTestId('templates').click();
  await expect(rows).toHaveCount(5);

  // A malformed file: every problem listed with where it is, and nothing imported.
  const bad = JSON.parse(content.toString('utf8'));
  bad.templates.push({ ...bad.templates[0], id: 'other', name: 'x'.repeat(201), closing: 7 });
  await page.getByTestId('templates-import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText(
    ui(
      'Nothing was imported: “{fileName}” has {count, plural, one {a problem} other {problems}}. Fix {count, plural, one {it} other {them}} and import the file again.',
      { fileName: 'bad.json', count: 2 },
    ),
  );
  await expect(problems).toContainText(
    ui('{path}: expected text of at most {max} characters', { path: 'templates[1].name', max: 200 }),
  );
  await expect(problems).toContainText(
    ui(
      '{path}: expected {expected, select, string {text} number {a number} boolean {true or false} array {a list} object {an object} null {nothing (null)} undefined {nothing} other {{expected}}}, found {found, select, string {text} number {a number} boolean {true or false} array {a list} object {an object} null {nothing (null)} undefined {nothing} other {{found}}}',
      { path: 'templates[1].closing', expected: 'string', found: 'number' },
    ),
  );
  await problems.getByRole('button', { name: ui('OK') }).click();
  await expect(rows).toHaveCount(5);

  await page
    .getByTestId('templates-import-file')
    .setInputFiles({ name: 'shared.json', mimeType: 'application/json', buffer: content });
  await expect(rows.filter({ hasText: 'Statement for the Brussels press' })).toHaveCount(1);
  // Counted as English counts: one template, no signatories (not "1 templates", "0 signatorys").
  await expect(
    page.getByText(
      uiExactPattern(
        'Imported {templates, plural, one {# template} other {# templates}}, {signatories, plural, one {# signatory} other {# signatories}} and {publications, plural, one {# publication} other {# publications}} from “{fileName}”.',
        { templates: 1, signatories: 0, publications: /\d+/, fileName: 'shared.json' },
      ),
    ),
  ).toBeVisible();
  await expect(rows).toHaveCount(6);

  // Importing it again asks first; "Keep both" adds a renamed copy.
  const edited = JSON.parse(content.toString('utf8'));
  edited.templates[0].description = 'Newer wording';
  await page.getByTestId('templates-import-file').setInputFiles({
    name: 'shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await expect(page.getByTestId('import-clash')).toContainText('template: Statement for the Brussels press');
  await page.getByTestId('import-rename').click();
  await expect(rows.filter({ hasText: 'Statement for the Brussels press (imported)' })).toHaveCount(1);

  await page.getByTestId('new-letter').click();
  await page
    .getByTestId('template-option')
    .filter({ hasText: 'Statement for the Brussels press (imported)' })
    .click();
  await expect(page.getByTestId('editor-body')).toContainText('Statement by the [organisation] on');
  await expect(page.getByTestId('editor-body')).toContainText('Issued in Brussels.');
  await expect(page.getByTestId('editor-body')).not.toContainText('Not kept.');
  await expect(page.getByTestId('salutation')).toHaveValue('Dear friends,');
});

test('a letter chosen from the Templates page is shown only once it exists, so typing at once lands in it', async ({
  page,
}) => {
  const [app] = apps;
  await page.goto(app.url);
  await newLetter(page, 'letter-to-the-editor-rebuttal');
  const english = page.getByTestId('editor-body');
  await caretToEnd(page, english);
  await page.keyboard.type(' Letter A ends here.');
  await saved(page);
  const letterA = await english.innerText();
  const idA = await page.locator('.library-item--active').getAttribute('data-letter-id');

  // A slow disk: the server takes a while to make the new letter (the request itself is untouched).
  await page.route('**/api/letters.create', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.getByTestId('templates').click();
  await expect(page.getByTestId('templates-view')).toBeVisible();
  await page.getByTestId('new-letter').click();
  const chosen = page.locator('[data-testid="template-option"][data-template-id="press-statement"]');
  await chosen.click();
  // The choice shows it is working, and nothing else can be chosen meanwhile.
  await expect(chosen).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('template-option').first()).toBeDisabled();

  // The user types at once into the letter on screen.
  await english.click();
  await page.keyboard.type('Typed at once.');
  await expect(english).toContainText('Typed at once.');
  await saved(page);
  const idNew = await page.locator('.library-item--active').getAttribute('data-letter-id');
  expect(idNew).not.toBe(idA);

  await page
    .locator(`[data-testid="library-item"][data-letter-id="${idA}"] [data-testid="library-open"]`)
    .click();
  await expect(english).not.toContainText('Typed at once.');
  expect(await english.innerText()).toBe(letterA);
});
