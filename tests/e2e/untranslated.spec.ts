/**
 * A string in the page that is not in a catalog: the Chinese interface is
 * walked view by view and dialog by dialog, and every word of English still
 * on it is listed. A component that shows a literal string (one it forgot to
 * move into a message) shows it in English whatever the language; so does a
 * message the Chinese catalog lacks (react-intl falls back to the English).
 *
 * What the page shows is read as a user and a screen reader meet it: the
 * visible text, and the names and hints in aria-label, title, placeholder and
 * alt. Letter content is not interface and is not translated: the editors
 * (contenteditable), what the user typed into a form control, and whatever
 * is marked translate="no" (titles, template names, publications, …) are
 * skipped, and so is the content a Chinese message names or quotes (a
 * letter's title, a publication, an example). A few names stay as they are in
 * Chinese too (ALLOWED).
 *
 * Runs in the Chinese project only (@chinese-interface, playwright.config.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { AppServer } from './appServer';
import { caretToEnd, moveCaret } from './caret';
import { libraryItem, newRebuttalLetter, saved } from './letterPage';
import { expect, test } from './test';
import { uiLanguage } from './ui';

/**
 * Words Chinese software shows in Latin letters: the product's name, file
 * formats, programs, key names, the English language's autonym in the
 * language picker, and the font names offered in Settings (a font is called
 * what the system calls it).
 */
const ALLOWED = [
  'LetterDesk',
  'DOCX',
  'PDF',
  'Word',
  'Microsoft',
  'LibreOffice',
  'PNG',
  'JPEG',
  'JPG',
  'JSON',
  'CSV',
  // The translation tools' termbase format (ISO 30042).
  'TBX',
  // The archive's file type (.zip).
  'zip',
  'HTML',
  // The spelling choices' examples: English words by nature.
  'colour',
  'color',
  'English',
  'Ctrl',
  'Shift',
  'Alt',
  'Cmd',
  'Enter',
  'Esc',
  'Tab',
  // Font names.
  'Times',
  'New',
  'Roman',
  'Georgia',
  'Arial',
  'Calibri',
  'Cambria',
  'Garamond',
  'Helvetica',
  'SimSun',
  'SimHei',
  'KaiTi',
  'FangSong',
  'Song',
  'Noto',
  'Serif',
  'Sans',
  'CJK',
];

/** The letters these tests make: their titles are the user's, shown in messages about them. */
const TITLES = ['Reply to Le Soir', 'Reply to Politico'];

/**
 * The people who sign the fixtures' letters: a name read from an imported DOCX is the user's, and
 * the signatory list shows it ("Zhang San（保存在此信函中）") once the import has filled the fields.
 */
const SIGNATORIES = ['Zhang San'];

/** The office's publications as shipped: data, which messages name ("Edit EUobserver"). */
const PUBLICATIONS: string[] = (
  JSON.parse(readFileSync(new URL('../../templates/seed/publications.json', import.meta.url), 'utf8')) as {
    publications: { nameEn: string }[];
  }
).publications.map((publication) => publication.nameEn);

/** A run of three or more Latin letters: a word a Chinese reader would have to read in English. */
const ENGLISH_WORD = '[A-Za-z]{3,}';

/**
 * Every piece of interface text on the page now that holds an English word
 * not in ALLOWED, with where it is: the text node's or attribute's element.
 */
function englishOnPage(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ allowed, content, englishWord }) => {
      const allowedWords = new Set(allowed);
      /**
       * What a Chinese message may hold in English and still be translated: the data it names
       * (titles, publications), what it quotes (“Dear Sir/Madam”, “{search}”), the letter's
       * placeholders ([article title]), its examples (例如：Financial Times), addresses.
       */
      const withoutContent = (text: string) => {
        let rest = text;
        for (const name of content) rest = rest.split(name).join(' ');
        rest = rest.replace(/\S*(:\/\/|@)\S*/g, ' ');
        if (!/[\u3400-\u9fff]/.test(rest)) return rest;
        return rest.replace(/“[^”]*”|‘[^’]*’|《[^》]*》|\[[^\]]*\]/g, ' ').replace(/例如：.*$/, ' ');
      };
      const english = (text: string) =>
        (withoutContent(text).match(new RegExp(englishWord, 'g')) ?? []).some(
          (word) => !allowedWords.has(word),
        );
      // User content and editors: not interface. Scripts and styles are not shown.
      const notInterface = (element: Element) =>
        element.closest('[translate="no"], [contenteditable="true"], script, style, noscript, template') !==
        null;
      const shown = (element: Element): boolean =>
        element instanceof HTMLOptionElement
          ? element.parentElement !== null && shown(element.closest('select') ?? element.parentElement)
          : element.checkVisibility({ visibilityProperty: true });
      const where = (element: Element) => {
        const testId = element.closest('[data-testid]')?.getAttribute('data-testid');
        return `<${element.tagName.toLowerCase()}>${testId ? ` in [data-testid=${testId}]` : ''}`;
      };

      const found = new Set<string>();
      if (english(document.title)) found.add(`“${document.title}” (the window title)`);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        // A <textarea>'s text is its value: what the user typed.
        if (!parent || !text || parent instanceof HTMLTextAreaElement) continue;
        if (notInterface(parent) || !shown(parent) || !english(text)) continue;
        found.add(`“${text}” (${where(parent)})`);
      }
      for (const element of document.body.querySelectorAll('*')) {
        if (notInterface(element) || !shown(element)) continue;
        const named = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'];
        // A button's value is its label; other controls' values are what the user entered.
        if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type))
          named.push('value');
        for (const attribute of named) {
          const value = element.getAttribute(attribute)?.trim();
          if (value && english(value)) found.add(`“${value}” (${attribute} of ${where(element)})`);
        }
      }
      return [...found];
    },
    { allowed: ALLOWED, content: [...TITLES, ...SIGNATORIES, ...PUBLICATIONS], englishWord: ENGLISH_WORD },
  );
}

/**
 * Checks the page as it is now, each time it is called; soft, so one run
 * lists what is left in every view, not only the first. What an earlier view
 * of the same test showed (the sidebar, say) is not listed again.
 */
function englishSweep(page: Page): (where: string) => Promise<void> {
  const listed = new Set<string>();
  return async (where) => {
    const found = (await englishOnPage(page)).filter((text) => !listed.has(text));
    for (const text of found) listed.add(text);
    expect.soft(found, `English left in ${where}`).toEqual([]);
  };
}

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

test.describe('the Chinese interface @chinese-interface', () => {
  test.slow();

  test.beforeEach(async ({ page }) => {
    await page.goto(app.url);
    // The sweep means something only in the Chinese interface; the project's locale sets it.
    expect(uiLanguage()).toBe('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('no view shows English interface text', async ({ page }) => {
    const expectNoEnglish = englishSweep(page);
    await expectNoEnglish('the empty library');

    await page.getByTestId('new-letter').click();
    await expect(page.getByTestId('new-letter-dialog')).toBeVisible();
    await expectNoEnglish('the new-letter dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('new-letter-dialog')).toBeHidden();

    // A letter with both panes and its details.
    await newRebuttalLetter(page, 'Reply to Le Soir');
    await caretToEnd(page, page.getByTestId('editor-body'));
    await page.keyboard.insertText(' Our door is always open to dialogue.');
    await saved(page);
    await expectNoEnglish('the letter');

    // The library with two letters, with search results and with none.
    await newRebuttalLetter(page, 'Reply to Politico');
    await expect(page.getByTestId('library-item')).toHaveCount(2);
    await page.getByTestId('library-search').fill('dialogue');
    await expect(page.getByTestId('search-results').getByTestId('library-item')).toHaveCount(1);
    await expectNoEnglish('the library’s search results');
    await page.getByTestId('library-search').fill('zzzzqqq');
    await expect(page.getByTestId('search-results').getByTestId('library-item')).toHaveCount(0);
    await expectNoEnglish('the library’s search without results');
    await page.getByTestId('library-search').fill('');

    await libraryItem(page, 'Reply to Politico').hover();
    await expectNoEnglish('a library entry’s actions');
    await libraryItem(page, 'Reply to Politico').getByTestId('library-delete').click();
    await expect(page.getByTestId('library-item')).toHaveCount(1);
    await page.getByTestId('trash').click();
    await expect(page.getByTestId('trash-item')).toHaveCount(1);
    await expectNoEnglish('the trash');

    await page.getByTestId('templates').click();
    await expect(page.getByTestId('templates-view')).toBeVisible();
    await expectNoEnglish('the templates');

    await page.getByTestId('log').click();
    await expect(page.getByTestId('log-empty')).toBeVisible();
    await expectNoEnglish('the log');
    await page.getByTestId('archive-open').click();
    await expect(page.getByTestId('archive-empty')).toBeVisible();
    await expectNoEnglish('the archive dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('archive-import-open').click();
    await expect(page.getByTestId('archive-import-dialog')).toBeVisible();
    await expectNoEnglish('the import-archive dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('archive-import-dialog')).toHaveCount(0);

    await page.getByTestId('settings').click();
    await expect(page.getByTestId('settings-view')).toBeVisible();
    await expectNoEnglish('the settings');
    await page.getByTestId('signatory-add').click();
    await expect(page.getByTestId('signatory-name-en')).toBeFocused();
    await expectNoEnglish('the settings’ signatory form');
    await page.getByTestId('publication-add').click();
    await expect(page.getByTestId('publication-name-en')).toBeFocused();
    await expectNoEnglish('the settings’ publication form');
    await page.getByTestId('publication-fact-add').click();
    await expect(page.getByTestId('publication-fact')).toHaveCount(1);
    await expectNoEnglish('the settings’ publication form with a cited fact');
    await page.getByTestId('term-add').click();
    await expect(page.getByTestId('term-zh')).toBeFocused();
    await expectNoEnglish('the settings’ termbase with its entry form');
  });

  test('no dialog, menu or panel of a letter shows English interface text', async ({ page }) => {
    const expectNoEnglish = englishSweep(page);
    await newRebuttalLetter(page, 'Reply to Le Soir');
    const body = page.getByTestId('pane-body');
    const english = page.getByTestId('editor-body');

    // Insert link (its shortcut), with a word selected.
    await caretToEnd(page, english);
    await page.keyboard.insertText(' Read more.');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+K');
    const link = page.getByRole('dialog');
    await expect(link).toBeVisible();
    await expectNoEnglish('the insert-link dialog');
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();

    // The comment form (its shortcut) on a selection, then the comments panel with the thread.
    await caretToEnd(page, english);
    await moveCaret(page, 'Shift+ArrowLeft');
    await moveCaret(page, 'Shift+ArrowLeft');
    await page.keyboard.press('Control+Alt+m');
    const comment = page.getByTestId('comment-dialog');
    await expect(comment).toBeVisible();
    await expectNoEnglish('the comment form');
    await comment.getByRole('textbox').fill('Check this.');
    await comment.getByTestId('comment-new-submit').click();
    await expect(page.getByTestId('comment-thread')).toHaveCount(1);
    await expectNoEnglish('the comments panel');
    await page.getByTestId('comments-toggle').click();

    await body.getByTestId('insert-field').click();
    await expect(page.getByTestId('insert-field-search')).toBeFocused();
    await expectNoEnglish('the insert-field dialog');
    await page.getByTestId('insert-custom-field').click();
    await expect(page.getByTestId('custom-field-name')).toBeVisible();
    await expectNoEnglish('the custom-field dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('custom-field-name')).toBeHidden();

    await body.getByTestId('snippet-insert').click();
    const snippets = page.getByTestId('snippet-picker');
    await expect(snippets.getByTestId('snippet-search')).toBeFocused();
    await expectNoEnglish('the snippet picker');
    await page.keyboard.press('Escape');
    await expect(snippets).toBeHidden();

    await body.getByTestId('term-insert').click();
    const terms = page.getByTestId('term-picker');
    await expect(terms.getByTestId('term-picker-search')).toBeFocused();
    await expectNoEnglish('the term picker');
    await page.keyboard.press('Escape');
    await expect(terms).toBeHidden();

    // Highlight terms, and the card of a starter-set term the caret stands in.
    await body.getByTestId('terms-highlight').click();
    await caretToEnd(page, english);
    await page.keyboard.insertText(' The European Union');
    await moveCaret(page, 'ArrowLeft');
    await moveCaret(page, 'ArrowLeft');
    await expect(page.getByTestId('term-card')).toBeVisible();
    await expectNoEnglish('the term card');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('term-card')).toBeHidden();
    await body.getByTestId('terms-highlight').click();

    await page.getByTestId('save-as-template').click();
    const template = page.getByTestId('save-template-dialog');
    await expect(template).toBeVisible();
    await expectNoEnglish('the save-as-template dialog');
    await page.keyboard.press('Escape');
    await expect(template).toBeHidden();

    // The checks with problems: the template's fields are still empty.
    await page.getByTestId('preflight-open').click();
    await page.getByTestId('preflight-run').click();
    await expect(page.getByTestId('preflight-item').first()).toBeVisible();
    await expectNoEnglish('the preflight panel');

    await page.getByTestId('export-menu').click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoEnglish('the export menu');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    await page.getByTestId('mark-sent-open').click();
    await expect(page.getByTestId('mark-sent-dialog')).toBeVisible();
    await expectNoEnglish('the mark-as-sent dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('mark-sent-dialog')).toBeHidden();

    // The history: its panel, a compare, a version read-only, and Save version….
    await page.getByTestId('history-open').click();
    const version = page.getByTestId('history-item').first();
    await expect(version).toBeVisible();
    await expectNoEnglish('the history panel');
    await version.getByTestId('history-compare').click();
    await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'comparing');
    await expectNoEnglish('a compare');
    await page.getByTestId('redline-menu').click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoEnglish('the redline menu');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await page.keyboard.press('Escape');
    await version.getByTestId('history-view').click();
    await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'viewing');
    await expectNoEnglish('a version, read-only');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('history-bar')).toHaveCount(0);
    await page.getByTestId('history-save-version').click();
    await expect(page.getByTestId('prompt-dialog')).toBeVisible();
    await expectNoEnglish('the save-version dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('prompt-dialog')).toHaveCount(0);

    // Import reviewed DOCX as a new version: the question, the import summary, the compare it opens.
    await page.getByTestId('history-import-docx').click();
    const choose = page.getByTestId('import-choose');
    await expect(choose).toBeVisible();
    await expectNoEnglish('the import question');
    const chooser = page.waitForEvent('filechooser');
    await choose.getByTestId('import-choose-file').click();
    await (
      await chooser
    ).setFiles(fileURLToPath(new URL('../fixtures/docx/word-comments.docx', import.meta.url)));
    await expect(page.getByTestId('import-summary')).toBeVisible();
    await expectNoEnglish('the import summary');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('history-bar')).toHaveAttribute('data-mode', 'comparing');
    await expectNoEnglish('the compare after an import');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('history-bar')).toHaveCount(0);

    // The confirmation before something is lost for good.
    await libraryItem(page, 'Reply to Le Soir').hover();
    await libraryItem(page, 'Reply to Le Soir').getByTestId('library-delete').click();
    await page.getByTestId('trash').click();
    await expect(page.getByTestId('trash-item')).toHaveCount(1);
    await page.getByTestId('empty-trash').click();
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await expectNoEnglish('the confirmation dialog');
  });
});
