/**
 * The interface language, as a user changes it in Settings: the whole
 * interface switches at once without losing what is being written, the choice
 * survives a reload, and "Follow the system" follows the browser's languages.
 * The Chinese names are read from the catalog the app itself uses.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { libraryItem, newRebuttalLetter, saved } from './letterPage';
import { expect, test } from './test';

type Catalog = Record<string, string>;
const catalog = (language: string): Catalog =>
  JSON.parse(readFileSync(new URL(`../../core/i18n/catalogs/${language}.json`, import.meta.url), 'utf8'));
const zh = catalog('zh-CN');
const en = catalog('en');

/** The interface reads `messages`: a few names from the sidebar and the Settings page. */
async function expectInterfaceIn(page: Page, messages: Catalog, lang: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByTestId('new-letter')).toHaveText(messages['library.sidebar.newLetter']);
  await expect(page.getByTestId('templates')).toHaveText(messages['library.sidebar.templates']);
  await expect(page.getByTestId('settings')).toHaveText(messages['library.sidebar.settings']);
}

const languageSaved = (page: Page) =>
  expect(page.getByTestId('language-status')).toHaveAttribute('data-state', 'saved');

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

test('choosing 简体中文 switches the interface at once and keeps what was being typed', async ({ page }) => {
  await page.goto(app.url);
  await expectInterfaceIn(page, en, 'en');
  await newRebuttalLetter(page, 'Reply to Le Soir');
  await caretToEnd(page, page.getByTestId('editor-body'));
  await page.keyboard.type(' Our door is always open to dialogue.');

  // Straight on to Settings, without waiting for the letter to be saved.
  await page.getByTestId('settings').click();
  await page.getByRole('radio', { name: '简体中文', exact: true }).check();
  await expectInterfaceIn(page, zh, 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh['settings.view.title']);
  await expect(page.getByTestId('settings-view')).toContainText(zh['settings.letterhead.title']);
  await languageSaved(page);

  // The letter is as it was left, and saved.
  await libraryItem(page, 'Reply to Le Soir').getByTestId('library-open').click();
  await expect(page.getByTestId('editor-body')).toContainText('Our door is always open to dialogue.');
  await saved(page);

  // The choice is stored: a reload opens in Chinese, with the typed sentence kept.
  await page.reload();
  await expectInterfaceIn(page, zh, 'zh-CN');
  await libraryItem(page, 'Reply to Le Soir').getByTestId('library-open').click();
  await expect(page.getByTestId('editor-body')).toContainText('Our door is always open to dialogue.');
  await page.getByTestId('settings').click();
  await expect(page.getByRole('radio', { name: '简体中文', exact: true })).toBeChecked();
});

// "Follow the system" is the default; each system first gets the other language chosen, then follows again.
const SYSTEMS = [
  { locale: 'zh-CN', system: zh, lang: 'zh-CN', other: en, otherLang: 'en', otherName: 'English' },
  { locale: 'en-GB', system: en, lang: 'en', other: zh, otherLang: 'zh-CN', otherName: '简体中文' },
];

for (const { locale, system, lang, other, otherLang, otherName } of SYSTEMS) {
  test.describe(`on a system that prefers ${locale}`, () => {
    test.use({ locale });

    test(`"Follow the system" shows the interface in ${lang}`, async ({ page }) => {
      await page.goto(app.url);
      await expectInterfaceIn(page, system, lang);

      await page.getByTestId('settings').click();
      await expect(page.getByTestId('language-system')).toBeChecked();
      await page.getByRole('radio', { name: otherName, exact: true }).check();
      await expectInterfaceIn(page, other, otherLang);
      await languageSaved(page);

      await page.getByTestId('language-system').check();
      await expectInterfaceIn(page, system, lang);
      await languageSaved(page);
      // The choice names the language the system gives, in that language.
      const systemChoice = page.locator('label', { has: page.getByTestId('language-system') });
      await expect(systemChoice).toContainText(lang === 'en' ? 'English' : '简体中文');

      await page.reload();
      await expectInterfaceIn(page, system, lang);
    });
  });
}
