/**
 * The office termbase, end to end against the real browser-mode server: a
 * term added in Settings is flagged in the letter when its forbidden variant
 * is used, replaced in one click and exported right; the editor highlights
 * terms without changing the letter, shows the entry on hover, and inserts a
 * term from the picker; Settings imports a TBX file, and a bad one changes
 * nothing.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { LetterPage } from '../../core/contract';
import type { TermEntry, TermPage } from '../../core/terms/termEntry';
import { readDocx } from '../helpers/docxText';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { saved } from './letterPage';
import { api, GSI, letterToEuobserver } from './pageApi';
import { expect, test } from './test';
import { ui, uiById } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/terms/${name}`, import.meta.url));

/** A signed letter to EUobserver from the rebuttal template, every field filled, opened. */
async function openFilledLetter(page: Page): Promise<void> {
  await letterToEuobserver(page);
  await page.reload();
  await page.getByTestId('library-item').first().click();
  await expect(page.getByTestId('editor-body')).toContainText('has taken note of the article');
}

/** The texts the page's highlight of that name paints now (CSS Custom Highlight API), in order. */
const highlighted = (page: Page, name: 'letterdesk-term' | 'letterdesk-term-forbidden') =>
  page.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()).sort(),
    name,
  );

test('a term added in Settings flags its forbidden variant, which one click replaces before the export @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await openFilledLetter(page);

  // Settings ▸ Termbase ▸ Add term….
  await page.getByTestId('settings').click();
  await page.getByTestId('term-add').click();
  const form = page.getByTestId('term-form');
  await expect(form.getByTestId('term-zh')).toBeFocused();
  await form.getByTestId('term-zh').fill(GSI.zh.join('\n'));
  await form.getByTestId('term-en').fill(GSI.en.join('\n'));
  await form.getByTestId('term-forbidden').fill(GSI.forbidden.join('\n'));
  await form.getByTestId('term-domain').selectOption('policy');
  await form.getByTestId('term-note').fill(GSI.note);
  await form.getByTestId('term-save').click();
  await expect(form).toHaveCount(0);
  const entry = page.getByTestId('term-item').filter({ hasText: '全球安全倡议' });
  await expect(entry).toContainText('Global Security Initiative');
  await expect(entry).toContainText('Global Safety Initiative');
  await expect(entry).toContainText(uiById('terms.domain.policy'));

  // The forbidden variant, typed into the English letter.
  await page.getByTestId('library-item').first().click();
  const en = page.getByTestId('editor-body');
  await caretToEnd(page, en);
  await page.keyboard.insertText(' Belgium has read the Global Safety Initiative.');
  await saved(page);

  // The checks flag it, as an error, and offer the approved term.
  await page.getByTestId('preflight-open').click();
  await page.getByTestId('preflight-run').click();
  const flagged = page.getByTestId('preflight-item').and(page.locator('[data-rule="terms.forbidden"]'));
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toHaveAttribute('data-severity', 'error');
  await expect(flagged).toContainText('Global Safety Initiative');

  // One click replaces it in the letter.
  await flagged.getByTestId('preflight-replace').click();
  await expect(en).toContainText('Belgium has read the Global Security Initiative.');
  await expect(en).not.toContainText('Global Safety Initiative');
  await saved(page);
  await page.getByTestId('preflight-run').click();
  await expect(flagged).toHaveCount(0);

  // The export carries the approved term.
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-editor').click(),
  ]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const text = (await readDocx(await readFile(path))).paragraphsText().join('\n');
  expect(text).toContain('Belgium has read the Global Security Initiative.');
  expect(text).not.toContain('Global Safety Initiative');
});

/** Settings opened, with the count of stored entries (through the API): now, and a way to ask again. */
async function openSettings(page: Page): Promise<{ total: () => Promise<number>; start: number }> {
  await page.goto(app.url);
  const total = async () => (await api<TermPage>(page, 'terms.list', {})).total;
  const start = await total();
  await page.getByTestId('settings').click();
  return { total, start };
}

test('a term longer than the limit is refused by the form, in the user’s language, and nothing is saved @both-languages', async ({
  page,
}) => {
  const { total, start } = await openSettings(page);
  await page.getByTestId('term-add').click();
  const form = page.getByTestId('term-form');
  await form.getByTestId('term-zh').fill('全球安全倡议');
  // Pasted as a second approved English term: 201 characters, one over TERM_LIMITS.term.
  const long = 'Global Security Initiative '.repeat(8).slice(0, 201);
  expect(long).toHaveLength(201);
  await form.getByTestId('term-en').fill(`Global Security Initiative\n${long}`);
  await form.getByTestId('term-save').click();
  await expect(form.getByRole('alert')).toHaveText(
    ui('A term may be at most {count} characters.', { count: 200 }),
  );
  await expect(form).toBeVisible();
  expect(await total()).toBe(start);

  // At the limit it saves.
  await form.getByTestId('term-en').fill(`Global Security Initiative\n${long.slice(0, 200)}`);
  await form.getByTestId('term-save').click();
  await expect(form).toHaveCount(0);
  expect(await total()).toBe(start + 1);
});

test('"Highlight terms" marks terms in both panes without changing the letter, and shows the entry', async ({
  page,
}) => {
  await page.goto(app.url);
  await openFilledLetter(page);
  await api<TermEntry>(page, 'terms.save', { id: null, revision: 0, fields: GSI });
  await page.reload();

  const zh = page.getByTestId('editor-preface');
  const en = page.getByTestId('editor-body');
  await caretToEnd(page, zh);
  await page.keyboard.insertText('全球安全倡议是合作平台。');
  await caretToEnd(page, en);
  await page.keyboard.insertText(
    ' The Global Security Initiative is open; Global Safety Initiative is not its name.',
  );
  await saved(page);
  const stored = () => api<LetterPage>(page, 'letters.list', {});
  const before = await stored();
  const markup = await en.innerHTML();

  const toggle = page.getByTestId('pane-body').getByTestId('terms-highlight');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // One toggle for both panes.
  await expect(page.getByTestId('pane-preface').getByTestId('terms-highlight')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // 全球安全倡议 in the preface and the approved term in the letter; the forbidden variant apart.
  await expect
    .poll(() => highlighted(page, 'letterdesk-term'))
    .toEqual(expect.arrayContaining(['Global Security Initiative', '全球安全倡议']));
  await expect
    .poll(() => highlighted(page, 'letterdesk-term-forbidden'))
    .toEqual(['Global Safety Initiative']);

  // Nothing was added to the letter: the same markup, nothing to save.
  expect(await en.innerHTML()).toBe(markup);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.waitForTimeout(1000); // Longer than autosave's pause: a change would have been saved by now.
  expect(await stored()).toEqual(before);

  // The caret inside a term shows its card (the keyboard's way); the forbidden one says what to use.
  await caretToEnd(page, en);
  for (let i = 0; i < ' is not its name.'.length + 2; i++) await page.keyboard.press('ArrowLeft');
  const card = page.getByTestId('term-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(
    ui('Forbidden variant: use “{term}”.', { term: 'Global Security Initiative' }),
  );
  await expect(card).toContainText('全球安全倡议');
  // The highlights and the card pass axe (WCAG 2.1 AA): nothing serious or critical.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Hovering the Chinese term shows the same entry.
  const box = await zh.evaluate((editor) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('全球安全倡议') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }
    return null;
  });
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x, box!.y);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Global Security Initiative');

  // Off again: nothing painted.
  await toggle.click();
  await expect.poll(() => highlighted(page, 'letterdesk-term')).toEqual([]);
  await expect(card).toHaveCount(0);
});

test('the term picker inserts the term in the pane’s language @both-languages', async ({ page }) => {
  await page.goto(app.url);
  await openFilledLetter(page);
  await api<TermEntry>(page, 'terms.save', { id: null, revision: 0, fields: GSI });

  const zh = page.getByTestId('editor-preface');
  await caretToEnd(page, zh);
  await page.getByTestId('pane-preface').getByTestId('term-insert').click();
  const picker = page.getByTestId('term-picker');
  await expect(picker.getByTestId('term-picker-search')).toBeFocused();
  await page.keyboard.type('全球安全');
  await expect(picker.getByTestId('term-picker-option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(zh).toBeFocused();
  await expect(zh).toContainText('全球安全倡议');

  const en = page.getByTestId('editor-body');
  await caretToEnd(page, en);
  await page.getByTestId('pane-body').getByTestId('term-insert').click();
  await page.keyboard.type('global security initiative');
  await expect(picker.getByTestId('term-picker-option')).toContainText('Global Security Initiative');
  await picker.getByTestId('term-picker-ok').click();
  await expect(en).toBeFocused();
  // At the cursor: typing goes on after it.
  await page.keyboard.insertText(' projects');
  await expect(en).toContainText('Global Security Initiative projects');
  await saved(page);
});

test('Settings imports a TBX file; a damaged one changes nothing, and a clash asks first @both-languages', async ({
  page,
}) => {
  const { total, start } = await openSettings(page);
  const termbase = page.getByTestId('termbase');
  const items = termbase.getByTestId('term-item');
  const search = termbase.getByTestId('terms-search');

  const importFile = async (name: string) => {
    const chooser = page.waitForEvent('filechooser');
    await termbase.getByTestId('terms-import').click();
    await (await chooser).setFiles(fixture(name));
  };

  await importFile('basic-2019.tbx');
  await expect.poll(total).toBe(start + 1);
  await search.fill('Head of the Mission to the EU');
  const imported = items.filter({ hasText: '驻欧盟使团团长' });
  await expect(imported).toHaveCount(1);
  await expect(imported).toContainText(uiById('terms.domain.title'));

  // A damaged file: its problems listed, nothing changed.
  await importFile('malformed.tbx');
  const problems = page.getByTestId('terms-import-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText(ui('Import refused: nothing was changed'));
  await problems.getByTestId('terms-import-problems-ok').click();
  await expect(problems).toHaveCount(0);
  expect(await total()).toBe(start + 1);

  // The stored entry edited, then the file again: it clashes; "Keep both" keeps both.
  await imported.getByTestId('term-edit').click();
  await page.getByTestId('term-note').fill('Our own note.');
  await page.getByTestId('term-save').click();
  await expect(imported).toContainText('Our own note.');
  await importFile('basic-2019.tbx');
  const clash = page.getByTestId('terms-import-clash');
  await expect(clash).toBeVisible();
  await expect(clash).toContainText('驻欧盟使团团长');
  await clash.getByTestId('terms-import-keep-both').click();
  await expect(clash).toHaveCount(0);
  await expect(imported).toHaveCount(2);
  expect(await total()).toBe(start + 2);

  // The domain filter narrows the list; removing asks first.
  await termbase.getByTestId('terms-domain-filter').selectOption('place');
  await expect(items).toHaveCount(0);
  await termbase.getByTestId('terms-domain-filter').selectOption('');
  await expect(imported).toHaveCount(2);
  await imported.first().getByTestId('term-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(imported).toHaveCount(1);
  expect(await total()).toBe(start + 1);
});
