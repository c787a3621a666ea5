/**
 * The Word round trip's way back in (issue 13): a new letter from a DOCX, a
 * reviewed DOCX imported as a new version (the compare shows the reviewer's
 * edits, Word comments join the comments), and a file that is not a DOCX
 * refused with nothing changed. Real browser-mode server, real files: the
 * DOCX files are LetterDesk's own exports, edited here as a reviewer's Word
 * would leave them (JSZip on document.xml).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { convertWithLibreOffice, missingTools } from '../helpers/libreoffice';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { libraryItem, newRebuttalLetter, saved } from './letterPage';
import { expect, test } from './test';
import { ui, uiById } from './ui';
import { joined, seriousViolations } from './pageText';
import { addWordComment } from '../helpers/wordComments';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO_ROOT, 'bin', 'letterdesk.js');
const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'letters', 'euobserver-rebuttal.json');

let app: AppServer;
let scratch: string;
test.beforeEach(async () => {
  app = await AppServer.start();
  scratch = await mkdtemp(join(tmpdir(), 'letterdesk-import-e2e-'));
});
test.afterEach(async () => {
  await app.dispose();
  await rm(scratch, { recursive: true, force: true });
});

/** A bilingual DOCX of a letter file, made by the command-line tool as an officer would. */
function exportWithCli(letterFile: string, out: string): void {
  const run = spawnSync(process.execPath, [CLI, 'export', letterFile, '--variant', 'bilingual', '-o', out], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
}

/** Chooses `file` in the picker that clicking `button` opens. */
async function chooseFile(page: Page, button: Locator, file: string | { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : {
          name: file.name,
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: file.buffer,
        },
  );
}

test('a new letter from a DOCX: both panes and the fields filled, and a summary of the import @both-languages', async ({
  page,
}) => {
  const docx = join(scratch, 'EUobserver reply.docx');
  exportWithCli(FIXTURE, docx);
  await page.goto(app.url);
  await chooseFile(page, page.getByTestId('new-letter-from-docx'), docx);

  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading')).toHaveText(ui('Import summary'));
  await expect(summary.getByTestId('import-summary-recognised')).toContainText(ui('Chinese preface'));
  await expect(summary.getByTestId('import-summary-recognised')).toContainText(ui('English letter'));
  expect(await seriousViolations(page), 'axe on the import summary').toEqual([]);
  // The dialog has the focus, and Escape puts it away.
  await expect(summary.getByTestId('import-summary-close')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(summary).toHaveCount(0);

  // The letter is in the library and open, its text in both panes, its fields filled in from the file.
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await expect(page.getByTestId('editor-preface')).toContainText('中国驻比利时使馆注意到');
  await expect(page.getByTestId('editor-body')).toContainText('scientific');
  await expect(page.getByTestId('editor-body')).not.toContainText('注意到');
  await expect(page.getByTestId('salutation')).toHaveValue('Dear Sir/Madame,');
  await expect(page.getByTestId('closing')).toHaveValue('Yours sincerely,');
  await expect(page.getByTestId('signatory-block')).toContainText('Zhang Mingyuan');
  await saved(page);

  // The same file dropped on the library: another new letter from it.
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], name));
      return transfer;
    },
    { base64: (await readFile(docx)).toString('base64'), name: 'Dropped reply.docx' },
  );
  await page.getByTestId('library').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('library').dispatchEvent('drop', { dataTransfer });
  await expect(summary).toBeVisible();
  await summary.getByTestId('import-summary-close').click();
  await expect(page.getByTestId('library-item')).toHaveCount(2);
});

/**
 * A LetterDesk export as a reviewer sends it back: `European` changed to
 * `Belgian` outright, "to dialogue" deleted and "with the paper" inserted as
 * tracked changes, and a Word comment on the first sentence.
 */
async function reviewed(exported: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(exported);
  let xml = await zip.file('word/document.xml')!.async('string');
  const W = 'w:author="Anna Reviewer" w:date="2026-11-30T10:00:00Z"';
  const rPr = '(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?';
  const second = new RegExp(
    `<w:r>${rPr}<w:t xml:space="preserve">Our door remains open to dialogue\\.</w:t></w:r>`,
  );
  expect(xml, 'the second sentence in one run').toMatch(second);
  xml = xml.replace(
    second,
    (_, props = '') =>
      `<w:r>${props}<w:t xml:space="preserve">Our door remains open</w:t></w:r>` +
      `<w:del w:id="9001" ${W}><w:r>${props}<w:delText xml:space="preserve"> to dialogue</w:delText></w:r></w:del>` +
      `<w:ins w:id="9002" ${W}><w:r>${props}<w:t xml:space="preserve"> with the paper</w:t></w:r></w:ins>` +
      `<w:r>${props}<w:t xml:space="preserve">.</w:t></w:r>`,
  );
  const first = new RegExp(
    `(<w:r>${rPr}<w:t xml:space="preserve">The ports stay in )European( hands\\.</w:t></w:r>)`,
  );
  expect(xml, 'the first sentence in one run').toMatch(first);
  xml = xml.replace(
    first,
    (_, start: string, _props, end: string) =>
      `<w:commentRangeStart w:id="0"/>${start}Belgian${end}<w:commentRangeEnd w:id="0"/>` +
      '<w:r><w:commentReference w:id="0"/></w:r>',
  );
  zip.file('word/document.xml', xml);
  await addWordComment(zip, {
    id: 0,
    author: 'Anna Reviewer',
    date: '2026-11-30T10:00:00Z',
    initials: 'AR',
    text: 'Name the ports.',
  });
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('a reviewed DOCX as a new version: the compare shows the reviewer’s edits, the Word comment joins the comments', async ({
  page,
}) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Reply on the ports');
  const english = page.getByTestId('editor-body');
  // The English letter is the officer's own two sentences.
  await caretToEnd(page, english);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('The ports stay in European hands.');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Our door remains open to dialogue.');
  await saved(page);

  // Exported for the reviewer from the Export menu; the checks hold a template letter's export, so past them.
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-bilingual').click();
  const anyway = page.getByTestId('preflight-export-anyway');
  await Promise.race([download, anyway.waitFor()]);
  if (await anyway.isVisible()) await anyway.click();
  const exported = await readFile(await (await download).path());
  const back = await reviewed(exported);

  // History ▸ Import reviewed DOCX as a new version…
  await page.getByTestId('history-open').click();
  await page.getByTestId('history-import-docx').click();
  const choose = page.getByTestId('import-choose');
  await expect(choose).toBeVisible();
  await expect(choose).toContainText('Reply on the ports');
  expect(await seriousViolations(page), 'axe on the import question').toEqual([]);
  await chooseFile(page, choose.getByTestId('import-choose-file'), { name: 'Reply (AR).docx', buffer: back });

  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(
    uiById('import.summary.trackedChanges', { insertions: 1, deletions: 1 }),
  );
  await expect(summary).toContainText(uiById('import.summary.commentsAll', { found: 1 }));
  await summary.getByTestId('import-summary-close').click();

  // The compare "Before import → Imported" is open, read-only, and shows what the reviewer did.
  const bar = page.getByTestId('history-bar');
  await expect(bar).toHaveAttribute('data-mode', 'comparing');
  await expect(bar).toBeFocused();
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText(uiById('history.kind.beforeImport'));
  await expect(comparison).toContainText(uiById('history.kind.imported', { fileName: 'Reply (AR).docx' }));
  await expect.poll(() => joined(comparison.locator('ins'), ' ')).toContain('Belgian');
  await expect.poll(() => joined(comparison.locator('ins'), ' ')).toContain('with the paper');
  await expect.poll(() => joined(comparison.locator('del'), ' ')).toContain('European');
  await expect.poll(() => joined(comparison.locator('del'), ' ')).toContain('to dialogue');
  expect(await seriousViolations(page), 'axe on the compare after an import').toEqual([]);

  // Export redline… from that compare: a DOCX of the reviewer's edits as tracked changes, which
  // LibreOffice reads as such (its ODT's text:tracked-changes hold the deleted words).
  await page.getByTestId('redline-menu').click();
  const redline = page.waitForEvent('download');
  await page.getByTestId('redline-bilingual').click();
  const redlineBytes = await readFile(await (await redline).path());
  if (missingTools().includes('soffice')) {
    test.info().annotations.push({ type: 'skipped', description: 'LibreOffice (soffice) is not installed' });
  } else {
    const docx = join(scratch, 'redline.docx');
    await writeFile(docx, redlineBytes);
    const odt = (await convertWithLibreOffice([docx], scratch, 'odt')).get(docx)!;
    const content = await (await JSZip.loadAsync(await readFile(odt))).file('content.xml')!.async('string');
    const changes = /<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/.exec(content)?.[0] ?? '';
    expect(changes, 'the ODT has tracked changes').not.toBe('');
    expect(changes).toContain('European');
    expect(changes).toContain('to dialogue');
    expect(changes.match(/<text:insertion>/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(content).toContain('with the paper');
    expect(content).toContain('Belgian');
  }

  // Back to editing: the imported text, and the reviewer's comment in the comments panel.
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(english).toContainText('The ports stay in Belgian hands.');
  await expect(english).toContainText('Our door remains open with the paper.');
  await page.getByTestId('comments-toggle').click();
  const thread = page.getByTestId('comments-panel').getByTestId('comment-thread');
  await expect(thread.getByTestId('comment-text')).toHaveText(['Name the ports.']);
  await expect(thread).toContainText('Anna Reviewer');

  // The history holds both sides of the import.
  const kinds = page.getByTestId('history-item');
  await expect(kinds.nth(0)).toHaveAttribute('data-kind', 'imported');
  await expect(kinds.nth(1)).toHaveAttribute('data-kind', 'beforeImport');
});

test('a PDF renamed .docx is refused with what it is, and nothing changes', async ({ page }) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Unchanged letter');
  const pdf = Buffer.from(
    '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );

  // As a new letter: refused, no letter made.
  await chooseFile(page, page.getByTestId('new-letter-from-docx'), { name: 'letter.docx', buffer: pdf });
  const refused = page.getByTestId('toast-error');
  await expect(refused).toContainText(uiById('error.import.pdf'));
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await expect(page.getByTestId('import-summary')).toHaveCount(0);

  // As a new version: refused, the letter and its history as they were.
  await page.getByTestId('history-open').click();
  await expect(page.getByTestId('history-item').first()).toBeVisible();
  const versions = await page.getByTestId('history-item').count();
  await page.getByTestId('history-import-docx').click();
  await chooseFile(page, page.getByTestId('import-choose-file'), { name: 'reviewed.docx', buffer: pdf });
  await expect(page.getByTestId('import-choose')).toHaveCount(0);
  await expect(page.getByTestId('history-bar')).toHaveCount(0);
  await expect(page.getByTestId('history-item')).toHaveCount(versions);
  await expect(libraryItem(page, 'Unchanged letter')).toHaveCount(1);
  await expect(page.getByTestId('letter-title')).toHaveValue('Unchanged letter');
});
