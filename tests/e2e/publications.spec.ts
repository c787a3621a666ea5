/**
 * Publication profiles, per-side approval and boilerplate snippets, as a press
 * officer uses them, against the real browser-mode server.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd, moveCaret } from './caret';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

async function newLetter(page: Page) {
  if (!page.url().startsWith(app.url.split('?')[0])) await page.goto(app.url);
  await page.getByTestId('new-letter').click();
  await page
    .locator('[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]')
    .click();
  await expect(page.getByTestId('editor-body')).toContainText('has taken note of the article');
}

const pressed = (page: Page, testId: string) =>
  expect(page.getByTestId(testId)).toHaveAttribute('aria-pressed', 'true');

test('picking EUobserver fills both names, the salutation, and the Chinese headline', async ({ page }) => {
  await newLetter(page);
  await page.getByTestId('field-publication-profile').selectOption('euobserver');
  await expect(page.getByTestId('field-publication')).toHaveValue('EUobserver');
  await expect(page.getByTestId('field-publication-zh')).toHaveValue('欧盟观察网');
  await expect(page.getByTestId('salutation')).toHaveValue('Dear Sir/Madame,');
  await expect(page.getByTestId('editor-preface').locator('h1')).toContainText('《欧盟观察网》刊登');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // Kept after a restart: the letter remembers its profile.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByTestId('field-publication-profile')).toHaveValue('euobserver');
});

test('an edit after approval sends a side back to draft; an English edit marks the preface stale', async ({
  page,
}) => {
  await newLetter(page);
  const en = page.getByTestId('editor-body');
  const zh = page.getByTestId('pane-preface');

  await page.getByTestId('approval-body-approved').click();
  await pressed(page, 'approval-body-approved');
  await expect(page.getByTestId('library-approval-body')).toHaveText('EN ✓');

  await caretToEnd(page, en);
  await page.keyboard.type(' Thank you.');
  await pressed(page, 'approval-body-draft');
  await expect(page.getByTestId('approval-note')).toContainText(
    'The English letter changed after approval; it is back to Draft.',
  );
  await expect(page.getByTestId('library-approval-body')).toHaveCount(0);

  // The salutation is part of the English letter too.
  await page.getByTestId('approval-body-reviewed').click();
  await page.getByTestId('salutation').fill('Sir,');
  await pressed(page, 'approval-body-draft');
  await expect(page.getByTestId('approval-note')).toContainText(
    'The English letter changed after review; it is back to Draft.',
  );

  await page.getByTestId('approval-preface-approved').click();
  await expect(page.getByTestId('approval-note')).toHaveCount(0);
  await expect(page.getByTestId('library-approval-preface')).toHaveText('中 ✓');
  await expect(zh.getByTestId('preface-stale')).toHaveCount(0);

  await caretToEnd(page, en);
  await page.keyboard.type(' Regards.');
  await expect(zh.getByTestId('preface-stale')).toContainText(
    'The preface may be out of date with the English letter',
  );
  // The preface stays approved until someone looks at it again.
  await pressed(page, 'approval-preface-approved');

  // Stale survives a save and reload, then clears when the preface is approved again.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(zh.getByTestId('preface-stale')).toBeVisible();
  await page.getByTestId('approval-preface-reviewed').click();
  await page.getByTestId('approval-preface-approved').click();
  await expect(zh.getByTestId('preface-stale')).toHaveCount(0);
});

test('insert a snippet at the cursor, and save a selection as a new one', async ({ page }) => {
  await newLetter(page);
  const en = page.getByTestId('editor-body');

  await caretToEnd(page, en);
  await page.keyboard.press('Enter');
  await page.getByTestId('pane-body').getByTestId('snippet-insert').click();
  const picker = page.getByTestId('snippet-picker');
  await expect(picker.getByTestId('snippet-option').first()).toBeVisible();
  // English pane, English snippets only.
  await expect(picker.getByTestId('snippet-option').filter({ hasText: '一个中国' })).toHaveCount(0);
  await page.getByTestId('snippet-search').fill('scientific openness');
  await expect(picker.getByTestId('snippet-option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(en.locator('p').last()).toHaveText(
    /^Scientific research thrives on openness\. Chinese researchers in Europe work within the law/,
  );
  // The cursor stays after the snippet: typing goes on from there.
  await page.keyboard.type(' Ends here.');
  await expect(en.locator('p').last()).toHaveText(
    /contribute to projects that benefit people in both China and Europe\. Ends here\.$/,
  );

  // Escape closes the picker without inserting.
  await page.getByTestId('pane-body').getByTestId('snippet-insert').click();
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);

  // Save a sentence as a snippet, its bold word with it …
  await page.keyboard.press('Enter');
  await page.keyboard.type('Our door is always ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('open');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' to dialogue.');
  await moveCaret(page, 'Shift+Home');
  await page.getByTestId('pane-body').getByTestId('snippet-save').click();
  await page.getByTestId('prompt-input').fill('Open door');
  await page.getByTestId('prompt-ok').click();
  await expect(page.getByTestId('toast')).toContainText('Saved the snippet “Open door”.');
  // The cursor is back in the letter: a new paragraph for the snippet to go into.
  await moveCaret(page, 'End');
  await page.keyboard.press('Enter');

  // … and find it in the picker by its words.
  await page.getByTestId('pane-body').getByTestId('snippet-insert').click();
  await page.getByTestId('snippet-search').fill('dialogue');
  await expect(picker.getByTestId('snippet-option')).toHaveCount(1);
  await expect(picker.getByTestId('snippet-option')).toContainText('Open door');
  await expect(picker.getByTestId('snippet-option')).toContainText('Our door is always open to dialogue.');
  // … which comes back formatted as it was saved.
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(en.locator('p').filter({ hasText: 'Our door is always open to dialogue.' })).toHaveCount(2);
  await expect(en.locator('p').last()).toHaveText('Our door is always open to dialogue.');
  await expect(en.locator('p').last().locator('strong, b, .ed-bold')).toHaveText('open');
  await page.getByTestId('pane-body').getByTestId('snippet-insert').click();
  await page.getByTestId('snippet-search').fill('dialogue');

  // A snippet no longer wanted can be deleted from the picker, after a confirmation.
  await picker.getByTestId('snippet-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(picker.getByTestId('snippet-option')).toHaveCount(0);
  await expect(picker).toContainText('No snippet matches');
  await page.getByTestId('snippet-search').fill('');
  await expect(picker.getByTestId('snippet-option')).toHaveCount(4);
});

test('a publication added in Settings can be picked on a letter, its Chinese name without doubled 《》', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('settings').click();
  await page.getByTestId('publication-add').click();
  await page.getByTestId('publication-name-en').fill('Le Monde');
  await page.getByTestId('publication-name-zh').fill('《世界报》');
  await page.getByTestId('publication-email').fill('courrier@lemonde.example');
  await page.getByTestId('publication-word-limit').fill('two hundred');
  await page.getByTestId('publication-save').click();
  await expect(page.getByTestId('publication-form').getByRole('alert')).toContainText(
    'The word limit must be a whole number of words',
  );
  await page.getByTestId('publication-word-limit').fill('250');
  await page.getByTestId('publication-save').click();
  const item = page.getByTestId('publication-item').filter({ hasText: 'Le Monde' });
  await expect(item).toContainText('《世界报》');
  await expect(item).not.toContainText('《《');
  await expect(item).toContainText('250 words · courrier@lemonde.example');

  await newLetter(page);
  await page
    .getByTestId('field-publication-profile')
    .selectOption({ label: 'Le Monde · 世界报 (≤ 250 words)' });
  await expect(page.getByTestId('field-letters-email')).toHaveValue('courrier@lemonde.example');
  await expect(page.getByTestId('editor-preface').locator('h1')).toContainText('《世界报》刊登');
  // Typed marks are dropped too: the headline adds its own.
  await page.getByTestId('field-publication-zh').fill('《晚报》');
  await expect(page.getByTestId('field-publication-zh')).toHaveValue('晚报');
  await expect(page.getByTestId('editor-preface').locator('h1')).toContainText('《晚报》刊登');
});

test('a US paper’s profile: letters to it carry no salutation and are checked in American spelling', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('settings').click();
  await page.getByTestId('publication-add').click();
  await page.getByTestId('publication-name-en').fill('The Daily Courier');
  await page.getByTestId('publication-no-salutation').check();
  await expect(page.getByTestId('publication-salutation')).toBeDisabled();
  await page.getByTestId('publication-spelling').selectOption('en-US');
  await page.getByTestId('publication-save').click();
  await expect(page.getByTestId('publication-item').filter({ hasText: 'The Daily Courier' })).toBeVisible();

  await newLetter(page);
  await expect(page.getByTestId('salutation')).not.toHaveValue('');
  await page.getByTestId('field-publication-profile').selectOption({ label: 'The Daily Courier' });
  await expect(page.getByTestId('salutation')).toHaveValue('');
  const english = page.getByTestId('editor-body');
  await caretToEnd(page, english);
  await page.keyboard.type(' The color of the Daily Courier is the colour of the sky.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await page.getByTestId('preflight-open').click();
  await page.getByTestId('preflight-run').click();
  await expect(page.getByTestId('preflight-panel')).toContainText('may be misspelt');
  const rule = (name: string) =>
    page.getByTestId('preflight-item').and(page.locator(`[data-rule="${name}"]`));
  await expect(rule('spelling').filter({ hasText: '“colour” may be misspelt' })).toHaveCount(1);
  await expect(rule('spelling').filter({ hasText: '“color” may be misspelt' })).toHaveCount(0);
  await expect(rule('spelling').filter({ hasText: 'Courier' })).toHaveCount(0);
  await expect(rule('missing.salutation')).toHaveCount(0);
});

test('a profile cites what the paper says: exclusivity, the reply window and each fact with its page and date', async ({
  page,
}) => {
  const helpPage =
    'https://helpcenter.washingtonpost.com/hc/en-us/articles/236004788-Send-a-letter-to-the-editor';
  await page.goto(app.url);
  await page.getByTestId('settings').click();
  const post = page.locator('[data-testid="publication-item"][data-publication-id="washington-post"]');
  await expect(post).toContainText(
    '250 words · letters@washpost.com · letter in the email · exclusive · no answer expected after 14 days · 6 cited facts',
  );
  // Papers nobody could cite a number for say so.
  await expect(page.locator('[data-publication-id="le-soir"]')).toContainText('No confirmed word limit');
  await expect(page.locator('[data-publication-id="le-soir"]')).toContainText('no cited facts');

  await post.getByTestId('publication-edit').click();
  const form = page.getByTestId('publication-form');
  await expect(form.getByTestId('publication-exclusive')).toBeChecked();
  await expect(form.getByTestId('publication-reply-window')).toHaveValue('14');
  const facts = form.getByTestId('publication-fact');
  await expect(facts).toHaveCount(6);
  await expect(facts.first().getByTestId('publication-fact-source')).toHaveValue(helpPage);
  await expect(facts.first().getByTestId('publication-fact-checked-on')).toHaveValue('2026-11-30');
  // The source opens in the user's browser: a new-window link, which the app hands over (electron/main/security.ts).
  const open = facts.first().getByTestId('publication-fact-open');
  await expect(open).toHaveAttribute('href', helpPage);
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAccessibleName('Open the source page of fact 1');

  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="publication-form"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // A new fact starts checked today; it is not kept without a web page saying it.
  await form.getByTestId('publication-fact-add').click();
  await expect(facts).toHaveCount(7);
  const added = facts.nth(6);
  await expect(added.getByTestId('publication-fact-checked-on')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await added.getByTestId('publication-fact-text').fill('Letters are edited for clarity and fact-checked.');
  await added.getByTestId('publication-fact-source').fill('helpcenter.washingtonpost.com');
  await expect(added.getByTestId('publication-fact-open')).toHaveCount(0);
  await form.getByTestId('publication-save').click();
  await expect(form.getByRole('alert')).toContainText('Fact 7 needs its text, the web address of the page');
  await added.getByTestId('publication-fact-source').fill(helpPage);
  await added.getByTestId('publication-fact-checked-on').fill('2026-12-01');
  await form.getByTestId('publication-reply-window').fill('0');
  await form.getByTestId('publication-save').click();
  await expect(form.getByRole('alert')).toContainText('The reply window must be a whole number of days');
  await form.getByTestId('publication-reply-window').fill('21');
  await form.getByTestId('publication-exclusive').uncheck();
  await form.getByTestId('publication-save').click();
  await expect(post).toContainText('letter in the email · no answer expected after 21 days · 7 cited facts');

  // Kept after a restart; removing a fact removes that one.
  await app.restart();
  await page.goto(app.url);
  await page.getByTestId('settings').click();
  await post.getByTestId('publication-edit').click();
  await expect(facts.nth(6).getByTestId('publication-fact-checked-on')).toHaveValue('2026-12-01');
  await expect(form.getByTestId('publication-exclusive')).not.toBeChecked();
  await facts.first().getByTestId('publication-fact-remove').click();
  await expect(facts).toHaveCount(6);
  await expect(facts.first().getByTestId('publication-fact-text')).toHaveValue(
    'The Post prefers letters of fewer than 250 words.',
  );
  await form.getByTestId('publication-save').click();
  await expect(post).toContainText('6 cited facts');
});
