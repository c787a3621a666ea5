/**
 * The redline export from the compare view, as an officer uses it: a named
 * version, more text and a comment on it, compare, "Export redline…" chosen
 * by keyboard. Browser mode hands the DOCX over as a download; its changes
 * are Word tracked changes, its comment a Word comment, and LibreOffice
 * reads both. Real browser-mode server and files, no mocks.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { convertWithLibreOffice, missingTools } from '../helpers/libreoffice';
import { tracked } from '../helpers/trackedChanges';
import { AppServer } from './appServer';
import { caretToEnd, moveCaret } from './caret';
import { newRebuttalLetter, saved } from './letterPage';
import { expect, test } from './test';
import { uiById } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const ADDED = ' Our door remains open to dialogue.';
const REMARK = 'Say which door.';

test('exports a compare as a Word redline with tracked changes and comments @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply on the ports');
  const english = page.getByTestId('editor-body');

  // A named version, then more text, and a comment on some of it.
  await page.getByTestId('history-open').click();
  await page.getByTestId('history-save-version').click();
  await page.getByTestId('prompt-input').fill('First draft');
  await page.getByTestId('prompt-ok').click();
  const named = page.getByTestId('history-item').filter({ hasText: 'First draft' });
  await expect(named).toHaveCount(1);
  await caretToEnd(page, english);
  await page.keyboard.insertText(ADDED);
  await moveCaret(page, 'ArrowLeft');
  for (const _ of 'dialogue') await moveCaret(page, 'Shift+ArrowLeft');
  await page
    .getByTestId('pane-body')
    .getByRole('button', { name: uiById('editor.toolbar.comment') })
    .click();
  const commentDialog = page.getByTestId('comment-dialog');
  await commentDialog.getByRole('textbox').fill(REMARK);
  await commentDialog.getByTestId('comment-new-submit').click();
  await expect(commentDialog).toBeHidden();
  await saved(page);

  // Compare the named version with the current text; the redline is in the compare's bar.
  await named.getByTestId('history-compare').click();
  await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'comparing');
  const menu = page.getByTestId('redline-menu');
  await expect(menu).toHaveText(new RegExp(uiById('compare.redline.export')));
  // By keyboard: the menu opens on its first item; down to "Bilingual".
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('redline-editor')).toBeFocused();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    'axe on the compare bar with the redline menu open',
  ).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('redline-bilingual')).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/ – redline\.docx$/);

  const bytes = await readFile(await file.path());
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const inserted = tracked(xml, 'ins')
    .map((change) => change.text)
    .join('');
  expect(inserted).toContain('Our door remains open to dialogue.');
  expect(tracked(xml, 'ins')[0]!.attributes).toMatch(/w:author="[^"]+" w:date="\d{4}-\d\d-\d\dT[\d:]+Z"/);
  expect(await zip.file('word/comments.xml')!.async('string')).toContain(REMARK);
  expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:trackRevisions');

  test.skip(
    missingTools().includes('soffice'),
    'LibreOffice (soffice) is not installed: the ODT check needs it',
  );
  const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-'));
  try {
    const docx = join(dir, 'redline.docx');
    await writeFile(docx, bytes);
    const odt = (await convertWithLibreOffice([docx], dir, 'odt')).get(docx)!;
    const content = await (await JSZip.loadAsync(await readFile(odt))).file('content.xml')!.async('string');
    expect(content).toMatch(/<text:tracked-changes[\s\S]*<text:insertion>/);
    expect(content).toContain(REMARK);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
