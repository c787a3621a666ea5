/**
 * A blank letter's Chinese preface says what its blocks are for: a hint in the
 * empty headline and in the empty first paragraph, each shown only while that
 * block is empty, never part of the text, never stored.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './test';
import { AppServer } from './appServer';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

test('a blank letter hints at its headline and preface until each is written', async ({ page }) => {
  await page.goto(app.url);
  await page.getByTestId('new-letter').click();
  await page.locator('[data-testid="template-option"][data-template-id=""]').click();
  const zh = page.getByTestId('editor-preface');
  const headline = zh.locator('h1');
  const preface = zh.locator('p').first();
  /** What the user sees drawn in a block, beyond its text. */
  const drawnHint = (block: typeof headline) =>
    block.evaluate((element) => getComputedStyle(element, '::before').content);

  await expect(headline).toHaveAttribute('data-hint', /^标题/);
  await expect(preface).toHaveAttribute('data-hint', /^导语/);
  expect(await drawnHint(headline)).toContain('标题');
  expect(await drawnHint(preface)).toContain('导语');
  // The hints are not text: the blocks are empty, and screen readers hear them as the box's placeholder.
  await expect(headline).toHaveText('');
  await expect(zh).toHaveAttribute('aria-placeholder', /标题.*导语/);

  await headline.click();
  await page.keyboard.type('关于某报文章的回应');
  await expect(headline).toHaveText('关于某报文章的回应');
  await expect(headline).not.toHaveAttribute('data-hint');
  expect(await drawnHint(headline)).toBe('none');
  await expect(preface).toHaveAttribute('data-hint', /^导语/);

  await preface.click();
  await page.keyboard.type('导语正文');
  await expect(preface).not.toHaveAttribute('data-hint');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(preface).toHaveAttribute('data-hint', /^导语/);
  await page.keyboard.type('新的导语。');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // Stored (and so exported) is what was typed, and no hint.
  const folder = join(app.dataDir, 'letters');
  const [file] = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const stored = await readFile(join(folder, file), 'utf8');
  expect(stored).toContain('关于某报文章的回应');
  expect(stored).toContain('新的导语。');
  expect(stored).not.toMatch(/标题：|导语：/);
});
