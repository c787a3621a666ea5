/**
 * Handing the finished letter over: to the clipboard for a newspaper's web
 * form or an email, as an email draft to the letters editor, and as a PDF.
 * Real server and files; the clipboard and downloads are the browser's own.
 */
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { simpleParser } from 'mailparser';
import { AppServer } from './appServer';

let app: AppServer;
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const TITLE = 'Belgium’s ports and the China question';
const LETTERS_EMAIL = 'letters@euobserver.example';

async function draftLetter(page: Page) {
  await page.getByTestId('settings').click();
  await page.getByTestId('signatory-add').click();
  await page.getByTestId('signatory-name-en').fill('Wang Lei');
  await page.getByTestId('signatory-title-en').fill('Press Counsellor');
  await page.getByTestId('signatory-org-en').fill('Embassy of the People’s Republic of China in Belgium');
  await page.getByTestId('signatory-save').click();
  await expect(page.getByTestId('signatory-item')).toContainText('Wang Lei');

  await page.getByTestId('new-letter').click();
  await page
    .locator('[data-testid="template-option"][data-template-id="letter-to-the-editor-rebuttal"]')
    .click();
  await page.getByTestId('field-publication').fill('EUobserver');
  await page.getByTestId('field-publication-zh').fill('欧盟观察网');
  await page.getByTestId('field-article-title').fill(TITLE);
  await page.getByTestId('field-article-date').fill('2020-05-06');
  await page.getByTestId('field-letter-date').fill('2020-05-08');
  await page.getByTestId('field-letters-email').fill(LETTERS_EMAIL);
}

async function openMenuAnd(page: Page, item: string) {
  await page.getByTestId('export-menu').click();
  await page.getByTestId(item).click();
}

test('the reference line, and the letter copied as text and as HTML', async ({ page }) => {
  await page.goto(app.url);
  await draftLetter(page);

  await expect(page.getByTestId('reference-line')).toHaveCount(0);
  await page.getByTestId('field-show-reference').check();
  await expect(page.getByTestId('reference-line')).toHaveText(`Re: ${TITLE}, 6 May 2020`);
  // Between the addressee and the salutation, as it prints.
  const top = async (testId: string) => (await page.getByTestId(testId).boundingBox())!.y;
  expect(await top('addressee')).toBeLessThan(await top('reference-line'));
  expect(await top('reference-line')).toBeLessThan(await top('salutation'));

  // Copy as text: salutation to signatory, what a web form takes.
  await openMenuAnd(page, 'copy-text');
  await expect(page.getByTestId('toast')).toContainText('Copied the English letter as text');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith('Dear Sir/Madam,\n\n')).toBe(true);
  // Wrapped at 72 columns for mail programs: compare the words.
  expect(text.replace(/\s+/g, ' ')).toContain(`“${TITLE}”, published in EUobserver on 6 May 2020`);
  expect(text).toMatch(
    /Yours sincerely,\n\nWang Lei\nPress Counsellor\nEmbassy of the People’s Republic of China in Belgium$/,
  );
  expect(text).not.toMatch(/[\u4e00-\u9fff]/);

  // Copy as HTML: formatted for an email, with a plain-text twin.
  await openMenuAnd(page, 'copy-html');
  await expect(page.getByTestId('toast').last()).toContainText('Copied the English letter as HTML');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) =>
      item.types.includes(type) ? (await item.getType(type)).text() : null;
    return { html: await read('text/html'), text: await read('text/plain') };
  });
  expect(copied.text).toBe(text);
  expect(copied.html).toMatch(/<p[^>]*>Dear Sir\/Madam,<\/p>/);
  expect(copied.html).toContain('Wang Lei');
});

test('email to the editor downloads a draft with the letter attached; PDF opens a print view', async ({
  page,
  context,
}) => {
  await page.goto(app.url);
  await draftLetter(page);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // Browser mode cannot start the mail program: the draft arrives as an .eml download.
  const [download] = await Promise.all([page.waitForEvent('download'), openMenuAnd(page, 'export-email')]);
  expect(download.suggestedFilename()).toBe('2020-05-08 EUobserver letter.eml');
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const mail = await simpleParser(await readFile(path));
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([
    LETTERS_EMAIL,
  ]);
  expect(mail.subject).toBe(`Letter to the editor: ${TITLE}`);
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect(mail.attachments.map((a) => a.filename)).toEqual(['2020-05-08 EUobserver letter.docx']);
  expect(mail.text).toContain('Dear Sir/Madam,');
  await expect(page.getByTestId('toast')).toContainText('Open 2020-05-08 EUobserver letter.eml');

  // PDF: a print-ready page in a new tab, with both languages.
  // The Chinese preface lacks the organisation's Chinese name: the checks hold the PDF until told to go on.
  const [printView] = await Promise.all([
    context.waitForEvent('page'),
    openMenuAnd(page, 'export-pdf').then(() => page.getByTestId('preflight-export-anyway').click()),
  ]);
  await printView.waitForLoadState();
  await expect(printView.locator('body')).toContainText('Dear Sir/Madam,');
  await expect(printView.locator('body')).toContainText('Wang Lei');
  await expect(printView.locator('body')).toContainText('《欧盟观察网》');
  await expect(page.getByTestId('toast').last()).toContainText('Opened a print view');
});

test('the export menu works from the keyboard and closes on Escape or a click elsewhere', async ({
  page,
}) => {
  await page.goto(app.url);
  await draftLetter(page);
  const opener = page.getByTestId('export-menu');
  const menu = page.getByRole('menu', { name: 'Export and send' });

  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('export-editor')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-bilingual')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('copy-html')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-editor')).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('export-menu.png') });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(opener).toBeFocused();

  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('copy-html')).toBeFocused();
  await page.getByTestId('field-publication').click();
  await expect(menu).toHaveCount(0);

  // A chosen item closes the menu and runs: Enter on "Chinese only" downloads that DOCX.
  await opener.click();
  await page.getByTestId('export-chinese').focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter').then(() => page.getByTestId('preflight-export-anyway').click()),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(menu).toHaveCount(0);
});
