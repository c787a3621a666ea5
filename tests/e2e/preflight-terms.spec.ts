/**
 * The termbase check in the page: a forbidden variant in the English letter is
 * an error whose "Replace with “…”" puts the approved term in its place
 * through the editor (Undo takes it back), and the checks run again. A figure
 * the preface gives and the letter does not has a second "Go to" for the
 * letter's differing figure. Real server and files.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { AppServer } from './appServer';
import { api } from './pageApi';
import { ui, uiById } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const para = (text: string) => paragraphNode([textNode(text)]);

async function openLetter(page: Page, preface: string, body: string): Promise<void> {
  await page.goto(app.url);
  const created = await api<Letter>(page, 'letters.create', {
    templateId: 'letter-to-the-editor-rebuttal',
    fields: { publication: 'EUobserver', publicationZh: '欧盟观察网' },
  });
  await api(page, 'letters.save', {
    letter: { ...created, preface: editorDoc([para(preface)]), body: editorDoc([para(body)]) },
  });
  await page.reload();
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('preflight-open').click();
  await page.getByTestId('preflight-run').click();
}

const item = (page: Page, rule: string) =>
  page.locator(`[data-testid="preflight-item"][data-rule="${rule}"]`);

test('a forbidden variant is replaced by the approved term in one click @both-languages', async ({
  page,
}) => {
  await page.goto(app.url);
  await api(page, 'terms.save', {
    id: null,
    revision: 0,
    fields: {
      zh: ['一带一路'],
      en: ['Belt and Road Initiative'],
      forbidden: ['One Belt One Road'],
      note: '',
      source: '',
      domain: 'policy',
    },
  });
  await openLetter(page, '我们支持一带一路。', 'We support the One Belt One Road as partners.');
  const forbidden = item(page, 'terms.forbidden');
  await expect(forbidden).toHaveAttribute('data-severity', 'error');
  await expect(forbidden).toContainText(
    ui('“{variant}” is not the office’s term: write “{approved}”.', {
      variant: 'One Belt One Road',
      approved: 'Belt and Road Initiative',
    }),
  );

  const replace = forbidden.getByRole('button', {
    name: ui('Replace with “{text}”', { text: 'Belt and Road Initiative' }),
  });
  await replace.focus();
  await page.keyboard.press('Enter');
  const en = page.getByTestId('editor-body');
  await expect(en).toContainText('We support the Belt and Road Initiative as partners.');
  // The checks ran again on the saved letter: the error is gone.
  await expect(forbidden).toHaveCount(0);

  // An edit like any other: Undo takes it back.
  await en.click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(en).toContainText('We support the One Belt One Road as partners.');
});

test('a figure the letter gives differently has a Go to for each side', async ({ page }) => {
  await openLetter(page, '增长了17%。', 'Growth was 16 per cent.');
  const figure = item(page, 'crossLanguage.figure');
  await expect(figure).toHaveAttribute('data-severity', 'warning');
  await figure.getByTestId('preflight-go-to').click();
  await expect(page.getByTestId('editor-preface')).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('17%');
  await figure.getByRole('button', { name: uiById('preflight.goToRelated', { side: 'body' }) }).click();
  await expect(page.getByTestId('editor-body')).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('16 per cent');
});
