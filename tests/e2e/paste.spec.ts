/**
 * Pasting into the English letter from other programs, as real paste events
 * carrying clipboard HTML: hostile web HTML, a Word list and a Google Docs
 * paragraph. Nothing in a paste may run or fetch anything; what a letter
 * needs (text, lists, bold, safe links) arrives; the letter still exports.
 */
import { readFile } from 'node:fs/promises';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test';
import { readDocx } from '../helpers/docxText';
import { AppServer } from './appServer';
import { caretToEnd, moveCaret } from './caret';

let app: AppServer;

test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const HOSTILE = `
<p>Safe text<img src="http://203.0.113.5/pixel.png" onerror="window.__pasteRan = 'img'"> here.\u0007</p>
<script>window.__pasteRan = 'script'</script>
<iframe src="https://203.0.113.5/frame" onload="window.__pasteRan = 'iframe'"></iframe>
<p onmouseover="window.__pasteRan = 'hover'" style="background:url(http://203.0.113.5/bg.png)">
  <a href="javascript:window.__pasteRan = 'link'">Do not follow</a> and
  <a href="https://www.example.org/article">the article</a>.</p>
<svg><image href="http://203.0.113.5/svg.png" onload="window.__pasteRan = 'svg'"/></svg>`;

// As Word 365 puts a bulleted list with a nested item, then a numbered list, on the clipboard.
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
<body lang=EN-GB><!--StartFragment-->
<p class=MsoNormal>Our points:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>The port is run under Belgian law.<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]>Its concession is public.<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Trade is open to all.<o:p></o:p></p>
<p class=MsoNormal>Next steps:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Read the report.<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Visit the terminal.<o:p></o:p></p>
<!--EndFragment--></body></html>`;

const GDOCS_SPAN = 'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;';
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5b1f2c3d-7fff-4e2a-9c1b-0d2e3f4a5b6c"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="${GDOCS_SPAN}font-weight:400;font-style:normal;">The terminal operates under </span><span style="${GDOCS_SPAN}font-weight:700;font-style:normal;">Belgian law</span><span style="${GDOCS_SPAN}font-weight:400;font-style:normal;"> and no other.</span></p></b>`;

/** A real paste event, as the browser fires it for Ctrl+V, with the given clipboard HTML. */
async function pasteHtml(page: Page, editor: Locator, html: string, enters = 1): Promise<void> {
  await caretToEnd(page, editor);
  for (let i = 0; i < enters; i++) await page.keyboard.press('Enter');
  await editor.evaluate((root, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    // Parsed inertly: a fragment of the live page would start loading the payload's pictures itself.
    data.setData('text/plain', new DOMParser().parseFromString(content, 'text/html').body.textContent ?? '');
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** A real paste event carrying plain text only, as from a text editor or a plain-text email. */
async function pasteText(page: Page, editor: Locator, text: string): Promise<void> {
  await caretToEnd(page, editor);
  await editor.evaluate((root, content) => {
    const data = new DataTransfer();
    data.setData('text/plain', content);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('pasted HTML cannot run or fetch anything, and keeps the formatting a letter needs', async ({
  page,
  requests,
}) => {
  await page.goto(app.url);
  const origin = new URL(app.url).origin;
  await page.getByTestId('new-letter').click();
  await page.getByTestId('template-option').filter({ hasText: 'Letter to the editor (rebuttal)' }).click();
  const en = page.getByTestId('editor-body');
  await expect(en).toContainText('has taken note of the article');

  // Hostile web HTML: only the text and the one safe link arrive.
  await pasteHtml(page, en, HOSTILE);
  await expect(en).toContainText('Safe text here.');
  await expect(en).toContainText('Do not follow and the article.');
  await expect(en.locator('img, iframe, script, svg, [onerror], [onload], [onmouseover]')).toHaveCount(0);
  await expect(en.getByText('Do not follow')).not.toHaveAttribute('href', /.*/);
  await expect(en.locator('a', { hasText: 'Do not follow' })).toHaveCount(0);
  await expect(en.locator('a', { hasText: 'the article' })).toHaveAttribute(
    'href',
    'https://www.example.org/article',
  );
  // The control character is removed, as for any text entering the editor.
  expect(await en.textContent()).not.toContain('\u0007');

  // Word: real lists, nested by level, bulleted or numbered as the markers say, no marker text left.
  await pasteHtml(page, en, WORD);
  await expect(en.locator('ul > li:not(.ed-li--nested)')).toHaveText([
    'The port is run under Belgian law.',
    'Its concession is public.',
    'Trade is open to all.',
  ]);
  await expect(en.locator('ul ul > li')).toHaveText(['Its concession is public.']);
  await expect(en.locator('ol > li')).toHaveText(['Read the report.', 'Visit the terminal.']);
  await expect(en).toContainText('Our points:');
  expect(await en.textContent()).not.toMatch(/[·§]|^o$/m);

  // Google Docs: the wrapping <b> is not bold; the real bold span is. (A second Enter leaves the list.)
  await pasteHtml(page, en, GOOGLE_DOCS, 2);
  await expect(en).toContainText('The terminal operates under Belgian law and no other.');
  await expect(en.locator('.ed-bold')).toHaveText(['Belgian law']);

  // Nothing ran and nothing left the machine.
  expect(await page.evaluate(() => (window as { __pasteRan?: string }).__pasteRan ?? null)).toBeNull();
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);

  // The letter with all of it still exports to a DOCX Word can open.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  // Unfilled template fields put the export on hold; the user may send it as it is.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-editor').click();
  await page.getByRole('button', { name: 'Export anyway' }).click();
  const file = await download;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const docx = await readDocx(await readFile(path));
  const paragraphs = docx.paragraphs();
  const text = (t: string) => paragraphs.find((p) => p.text === t);
  expect(text('Its concession is public.')?.numbering?.level).toBe(1);
  expect(text('Read the report.')?.numbering?.level).toBe(0);
  const bold = paragraphs.flatMap((p) => p.runs).filter((r) => r.bold && r.text.includes('Belgian'));
  expect(bold.map((r) => r.text)).toEqual(['Belgian law']);
  expect(docx.paragraphsText()).toContain('The terminal operates under Belgian law and no other.');
  const links = paragraphs.find((p) => p.text.startsWith('Do not follow'))?.runs.map((r) => r.link);
  expect(links?.filter(Boolean)).toEqual(['https://www.example.org/article']);
});

test('paragraphs pasted with blank lines between them arrive without empty paragraphs; the checks note any left', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('new-letter').click();
  await page.locator('[data-testid="template-option"][data-template-id=""]').click();
  const en = page.getByTestId('editor-body');
  const paragraphs = en.locator(':scope > p');

  // Plain text from an email: blank lines (some with spaces, Windows line ends) between paragraphs.
  await pasteText(
    page,
    en,
    'First paragraph.\n\nSecond paragraph.\r\n\r\n\r\nThird paragraph.\nFourth, after one break.\n \n\u00a0\nFifth.',
  );
  const fromText = [
    'First paragraph.',
    'Second paragraph.',
    'Third paragraph.',
    'Fourth, after one break.',
    'Fifth.',
  ];
  await expect(paragraphs).toHaveText(fromText);

  // HTML from Gmail and Outlook, with their empty spacer paragraphs.
  await pasteHtml(
    page,
    en,
    '<div dir="ltr"><div>Gmail one.</div><div><br></div><div>Gmail two.</div></div>' +
      '<p class=MsoNormal>Outlook one.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
      '<p class=MsoNormal>Outlook two.<o:p></o:p></p>',
  );
  await expect(paragraphs).toHaveText([
    ...fromText,
    'Gmail one.',
    'Gmail two.',
    'Outlook one.',
    'Outlook two.',
  ]);

  // An empty paragraph typed between two is noted before export, and Go to finds it.
  await paragraphs.nth(1).click();
  await moveCaret(page, 'End');
  await page.keyboard.press('Enter');
  await expect(paragraphs.nth(2)).toHaveText('');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('preflight-open').click();
  await page.getByTestId('preflight-run').click();
  const note = page.getByTestId('preflight-item').and(page.locator('[data-rule="layout.empty-paragraph"]'));
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('An empty paragraph in the English letter');
  await expect(note).toHaveAttribute('data-severity', 'warning');
  await en.evaluate((root) => root.ownerDocument.getSelection()?.removeAllRanges());
  await note.getByTestId('preflight-go-to').click();
  await expect(en).toBeFocused();
  const caretParagraph = await en.evaluate((root) => {
    const node = root.ownerDocument.getSelection()?.anchorNode ?? null;
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return Array.from(root.querySelectorAll(':scope > p')).indexOf(element?.closest('p') as Element);
  });
  expect(caretParagraph).toBe(2);
});
