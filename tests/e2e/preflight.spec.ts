/**
 * The checks before a letter leaves: a letter over its paper's word limit is
 * exported with a warning that says how much to cut; once cut, the warning
 * goes. An empty field still in the text holds the export until the user
 * chooses "Export anyway". Real server and files.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Publication } from '../../core/publication';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { wordCountText } from './letterPage';
import { api, letterToEuobserver } from './pageApi';
import { ui } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

async function setWordLimit(page: Page, wordLimit: number) {
  const publications = await api<Publication[]>(page, 'publications.list', {});
  const euobserver = publications.find((publication) => publication.id === 'euobserver');
  await api(page, 'publications.save', { publication: { ...euobserver, wordLimit } });
}

async function exportEditorDocx(page: Page) {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-editor').click(),
  ]);
  return download.suggestedFilename();
}

/** The English word count once it has stopped changing (placeholders fill in after the letter opens). */
async function settledWordCount(page: Page): Promise<number> {
  const read = async () =>
    Number(/\d+/.exec((await page.getByTestId('count-body').textContent()) ?? '')?.[0]);
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await read();
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [600] },
    )
    .toBe(true);
  return last;
}

const item = (page: Page, rule: string) =>
  page.getByTestId('preflight-item').and(page.locator(`[data-rule="${rule}"]`));

test('a letter over the word limit exports with a warning, which goes once the text is cut @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await letterToEuobserver(page);
  await page.reload();
  await page.getByTestId('library-item').first().click();

  const en = page.getByTestId('editor-body');
  await expect(en).toContainText('has taken note of the article');
  const words = await settledWordCount(page);
  await setWordLimit(page, words + 5);

  // Ten words more: five over the limit.
  await caretToEnd(page, en);
  await page.keyboard.type(' more'.repeat(10));
  await expect(page.getByTestId('count-body')).toHaveText(wordCountText(words + 10));

  // Warnings do not stop the export; they stay on screen.
  expect(await exportEditorDocx(page)).toMatch(/\.docx$/);
  const panel = page.getByTestId('preflight-panel');
  await expect(panel).toBeVisible();
  await expect(item(page, 'length.words')).toContainText(
    ui('{words} words; {publication} takes at most {limit}: cut {excess}.', {
      words: words + 10,
      publication: 'EUobserver',
      limit: words + 5,
      excess: 5,
    }),
  );
  await expect(item(page, 'length.words')).toHaveAttribute('data-severity', 'warning');
  await expect(page.getByTestId('preflight-export-anyway')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/preflight.png' });

  // Cut the ten words and check again: the warning is gone.
  await caretToEnd(page, en);
  for (let i = 0; i < ' more'.length * 10; i++) await page.keyboard.press('Backspace');
  await expect(page.getByTestId('count-body')).toHaveText(wordCountText(words));
  await page.getByTestId('preflight-run').click();
  await expect(panel).toContainText(ui('No problems found.'));
  await expect(item(page, 'length.words')).toHaveCount(0);
  expect(await exportEditorDocx(page)).toMatch(/\.docx$/);
});

test('an empty field in the text holds the export until "Export anyway"', async ({ page }) => {
  await page.goto(app.url);
  const letter = await letterToEuobserver(page);
  await api(page, 'letters.save', { letter: { ...letter, fields: { ...letter.fields, articleTitle: '' } } });
  await page.reload();
  await page.getByTestId('library-item').first().click();
  const en = page.getByTestId('editor-body');
  await expect(en).toContainText('[article title]');

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-editor').click();
  const unfilled = item(page, 'placeholder.unfilled');
  await expect(unfilled.first()).toContainText('[article title]');
  await expect(unfilled.first()).toHaveAttribute('data-severity', 'error');
  expect(downloads).toBe(0);

  // "Go to" puts the user on the bracket in the English letter.
  await unfilled.first().getByTestId('preflight-go-to').click();
  await expect(en).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('[article title]');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('preflight-export-anyway').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByTestId('preflight-export-anyway')).toHaveCount(0);
});

test('a word the dictionary does not know can be found and added to the office dictionary', async ({
  page,
}) => {
  await page.goto(app.url);
  const letter = await letterToEuobserver(page);
  const body = editorDoc([paragraphNode([textNode('The meeting at Zhongnanhai was constructive.')])]);
  await api(page, 'letters.save', { letter: { ...letter, body } });
  await page.reload();
  await page.getByTestId('library-item').first().click();

  await page.getByTestId('preflight-open').click();
  await page.getByTestId('preflight-run').click();
  const spelling = item(page, 'spelling');
  await expect(spelling).toHaveCount(1);
  await expect(spelling).toContainText(ui('“{word}” may be misspelt.', { word: 'Zhongnanhai' }));

  await spelling.getByTestId('preflight-go-to').click();
  await expect(page.getByTestId('editor-body')).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Zhongnanhai');

  await spelling.getByTestId('preflight-add-word').click();
  await expect(spelling).toHaveCount(0);
  // The office dictionary keeps it: the next run does not flag it again.
  await page.getByTestId('preflight-run').click();
  await expect(page.getByTestId('preflight-panel')).toContainText(ui('No problems found.'));
});
