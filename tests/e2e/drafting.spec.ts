/**
 * The whole drafting loop, as a press officer does it, in Debian Chromium
 * against the real browser-mode server, real services and real files.
 */
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { readDocx } from '../helpers/docxText';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { typeWithIme } from './ime';
import { toolbarName, wordCountText } from './letterPage';
import { ui } from './ui';

let app: AppServer;

test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

async function exportDocx(page: Page, variant: 'editor' | 'bilingual' | 'chinese') {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${variant}`).click(),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), docx: await readDocx(await readFile(path)) };
}

test('draft a bilingual letter from the template, come back to it, and export it @both-languages', async ({
  page,
  requests,
}) => {
  await page.goto(app.url);

  // A signatory profile, made the default for new letters.
  await page.getByTestId('settings').click();
  await page.getByTestId('signatory-add').click();
  await page.getByTestId('signatory-name-en').fill('Wang Lei');
  await page.getByTestId('signatory-name-zh').fill('王磊');
  await page.getByTestId('signatory-title-en').fill('Press Counsellor');
  await page.getByTestId('signatory-org-en').fill('Embassy of the People’s Republic of China in Belgium');
  await page.getByTestId('signatory-org-zh').fill('中国驻比利时使馆');
  await page.getByTestId('signatory-save').click();
  await expect(page.getByTestId('signatory-item')).toContainText('Wang Lei');

  // New letter from the built-in template.
  await page.getByTestId('new-letter').click();
  await page.getByTestId('template-option').filter({ hasText: 'Letter to the editor (rebuttal)' }).click();
  const zh = page.getByTestId('editor-preface');
  const en = page.getByTestId('editor-body');
  await expect(en).toContainText('has taken note of the article');
  // Unfilled fields stay visibly marked.
  await expect(zh.locator('.placeholder--empty').first()).toBeVisible();
  await expect(page.getByTestId('salutation')).toHaveValue('Dear Sir/Madam,');
  await expect(page.getByTestId('signatory-block')).toContainText('Wang Lei');
  await expect(page.getByTestId('signatory-block')).toContainText('Press Counsellor');

  // The letter's facts fill the placeholders live, in both panes.
  await page.getByTestId('field-publication').fill('EUobserver');
  await page.getByTestId('field-publication-zh').fill('欧盟观察网');
  await page.getByTestId('field-article-title').fill('Belgium’s ports and the China question');
  await page.getByTestId('field-article-date').fill('2020-05-06');
  await page.getByTestId('field-letter-date').fill('2020-05-08');
  await expect(zh).toContainText('《欧盟观察网》刊登中国驻比利时使馆批驳该报');
  await expect(en).toContainText(
    '“Belgium’s ports and the China question”, published in EUobserver on 6 May 2020',
  );
  await expect(page.getByTestId('letter-dateline')).toContainText('8 May 2020');
  await page.getByTestId('salutation').fill('Dear Sir/Madame,');

  // Chinese typed through a real IME composition at the end of the preface.
  await caretToEnd(page, zh);
  await page.keyboard.press('Enter');
  await typeWithIme(page, [
    { pinyin: 'zhongbi', commit: '中比' },
    { pinyin: 'hezuo', commit: '合作' },
    { pinyin: 'gongkaitoumi', commit: '公开透明' },
  ]);
  await page.keyboard.type('。');
  await expect(zh).toContainText('中比合作公开透明。');
  await expect(zh).not.toContainText('zhongbi');

  // English: a bold sentence and a bulleted list at the end of the body.
  await caretToEnd(page, en);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('The facts are these.');
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Enter');
  await page
    .getByRole('toolbar', { name: toolbarName('body') })
    .getByLabel(ui('Bulleted list'))
    .click();
  await page.keyboard.type('The terminal is run under Belgian law.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Its accounts are public.');
  await expect(
    en.locator('strong, b, .editor-text-bold').filter({ hasText: 'The facts are these.' }),
  ).toBeVisible();
  await expect(en.locator('ul li')).toHaveText([
    'The terminal is run under Belgian law.',
    'Its accounts are public.',
  ]);

  // Live counts under each pane. The count follows the text 150 ms after the last key, the save
  // later still (useAutosave.ts), so once the letter is saved the count has caught up with the typing.
  await expectSaved(page);
  const words = Number((await page.getByTestId('count-body').textContent())?.replace(/\D/g, ''));
  expect(words).toBeGreaterThan(0);
  await expect(page.getByTestId('count-body')).toHaveText(wordCountText(words));
  // Chinese characters are counted as 字 in either interface language.
  await expect(page.getByTestId('count-preface')).toContainText(/\d+ 字/);
  await page.screenshot({ path: 'test-results/editor.png' });

  // Quit and start again on the same data folder: everything is back.
  const countEn = await page.getByTestId('count-body').textContent();
  const firstOrigin = new URL(app.url).origin;
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await expect(page.getByTestId('library-item')).toContainText('EUobserver');
  await expect(zh).toContainText('中比合作公开透明。');
  await expect(zh).toContainText('《欧盟观察网》');
  await expect(en.locator('ul li')).toHaveText([
    'The terminal is run under Belgian law.',
    'Its accounts are public.',
  ]);
  await expect(
    en.locator('strong, b, .editor-text-bold').filter({ hasText: 'The facts are these.' }),
  ).toBeVisible();
  await expect(page.getByTestId('salutation')).toHaveValue('Dear Sir/Madame,');
  await expect(page.getByTestId('field-letter-date')).toHaveValue('2020-05-08');
  await expect(page.getByTestId('count-body')).toHaveText(countEn ?? '');

  // Export: the English letter for the editor, and the bilingual version.
  const editor = await exportDocx(page, 'editor');
  expect(editor.name).toBe('2020-05-08 EUobserver letter.docx');
  const editorText = editor.docx.paragraphsText().join('\n');
  expect(editorText).toContain('Dear Sir/Madame,');
  expect(editorText).toContain('The Editor, EUobserver');
  expect(editorText).not.toMatch(/[\u4e00-\u9fff]/);
  const paragraphs = editor.docx.paragraphs();
  const bold = paragraphs.flatMap((p) => p.runs).find((r) => r.text.includes('The facts are these.'));
  expect(bold?.bold).toBe(true);
  const items = paragraphs.filter((p) => p.numbering);
  expect(items.map((p) => p.text)).toEqual([
    'The terminal is run under Belgian law.',
    'Its accounts are public.',
  ]);
  const order = [
    '8 May 2020',
    'Dear Sir/Madame,',
    'has taken note',
    'Its accounts are public.',
    'Yours sincerely,',
    'Wang Lei',
  ];
  const positions = order.map((text) => editorText.indexOf(text));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  const bilingual = await exportDocx(page, 'bilingual');
  const lines = bilingual.docx.paragraphsText();
  expect(lines[0]).toContain('《欧盟观察网》刊登中国驻比利时使馆批驳该报');
  const all = lines.join('\n');
  expect(all.indexOf('中比合作公开透明。')).toBeLessThan(all.indexOf('Dear Sir/Madame,'));
  const chineseRun = bilingual.docx
    .paragraphs()
    .flatMap((p) => p.runs)
    .find((r) => r.text.includes('中比合作公开透明'));
  expect(chineseRun?.fonts['w:eastAsia']).toBe('SimSun');
  expect(chineseRun?.lang['w:eastAsia']).toBe('zh-CN');

  // Each variant has a name of its own, so none overwrites another in the Downloads folder.
  expect(bilingual.name).toBe('2020-05-08 EUobserver letter (bilingual).docx');
  const chinese = await exportDocx(page, 'chinese');
  expect(chinese.name).toBe('2020-05-08 EUobserver 致函 (中文).docx');
  expect(chinese.docx.paragraphsText().join('\n')).not.toContain('Dear Sir/Madame,');

  // Nothing left the machine: every request went to the app's own origin (one per launch).
  const origins = [firstOrigin, new URL(app.url).origin];
  expect(requests.length).toBeGreaterThan(10);
  expect(
    requests.filter((url) => !origins.includes(new URL(url).origin) && !/^(blob|data):/.test(url)),
  ).toEqual([]);
});
