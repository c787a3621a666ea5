/**
 * The termbase's card in the editor meets WCAG 2.1 SC 1.4.13 (Content on
 * Hover or Focus) and serves the keyboard as it serves the mouse: hovering a
 * highlighted term shows the entry; the mouse can go onto the card and stay
 * there; Escape puts it away without moving the focus or the selection; the
 * caret inside a term shows the same card, said politely to a screen reader,
 * until the caret leaves; a change to the text takes it away.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { TermEntry } from '../../core/terms/termEntry';
import { AppServer } from './appServer';
import { caretToEnd, moveCaret } from './caret';
import { saved } from './letterPage';
import { api, GSI, letterToEuobserver } from './pageApi';
import { expect, test } from './test';
import { ui } from './ui';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

const TAIL = ' is open to all.';

/** Where `text` stands in the editor: the middle of its first line on the screen. */
async function middleOf(editor: Locator, text: string): Promise<{ x: number; y: number }> {
  const box = await editor.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.lastIndexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const { x, y, width, height } = range.getClientRects()[0]!;
      return { x: x + width / 2, y: y + height / 2 };
    }
    return null;
  }, text);
  expect(box, `“${text}” on the page`).not.toBeNull();
  return box!;
}

/** The editor's selection as text with its end's place: Escape must leave it as it was. */
const selectionNow = (page: Page) =>
  page.evaluate(() => {
    const selection = window.getSelection();
    return {
      text: selection?.toString(),
      focus: selection?.focusNode?.textContent,
      offset: selection?.focusOffset,
      active: document.activeElement?.getAttribute('data-testid'),
    };
  });

async function letterWithTerm(page: Page): Promise<Locator> {
  await page.goto(app.url);
  await letterToEuobserver(page);
  await api<TermEntry>(page, 'terms.save', { id: null, revision: 0, fields: GSI });
  await page.reload();
  await page.getByTestId('library-item').first().click();
  const en = page.getByTestId('editor-body');
  await expect(en).toContainText('has taken note of the article');
  await caretToEnd(page, en);
  await page.keyboard.insertText(` The Global Security Initiative${TAIL}`);
  await saved(page);
  await page.getByTestId('pane-body').getByTestId('terms-highlight').click();
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get('letterdesk-term') ?? [])].map(String)))
    .toContain('Global Security Initiative');
  return en;
}

test('the mouse’s card can be hovered, stays, and Escape puts it away and nothing else', async ({ page }) => {
  const en = await letterWithTerm(page);
  // A selection in the letter (not a caret, which would show a card of its own): Escape must keep it.
  await moveCaret(page, 'Shift+ArrowLeft');
  await moveCaret(page, 'Shift+ArrowLeft');
  const before = await selectionNow(page);
  expect(before.text).toBe('l.');

  const card = page.getByTestId('term-card');
  await expect(card).toHaveCount(0);
  const term = await middleOf(en, 'Security');
  await page.mouse.move(term.x, term.y);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Global Security Initiative');
  await expect(card).toContainText('全球安全倡议');
  await expect(card).toContainText('Proposed in April 2022.');
  await expect(card.getByText('Proposed in April 2022.')).toHaveAttribute('translate', 'no');

  // Onto the card, in small steps as a hand moves: it stays, and stays while the mouse rests on it.
  const box = (await card.boundingBox())!;
  const onCard = { x: box.x + Math.min(box.width / 2, 40), y: box.y + box.height / 2 };
  await page.mouse.move(onCard.x, onCard.y, { steps: 12 });
  await expect(card).toBeVisible();
  await page.waitForTimeout(1000); // Longer than the grace delay: a card closing on a timer would be gone.
  await expect(card).toBeVisible();
  await expect(card).toContainText('Global Security Initiative');
  // The card over the letter passes axe (WCAG 2.1 AA): nothing serious or critical.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await expect(card).toBeVisible();

  // Back onto the term: the same card.
  await page.mouse.move(term.x, term.y, { steps: 12 });
  await expect(card).toBeVisible();

  // Escape: the card goes; the focus and the selection stay as they were.
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await selectionNow(page)).toEqual(before);
  await expect(en).toBeFocused();
  // The mouse moving on within the term it was dismissed for does not bring it back.
  await page.mouse.move(term.x + 3, term.y + 1, { steps: 3 });
  await page.waitForTimeout(500);
  await expect(card).toHaveCount(0);

  // Off the letter and back: the card again; then off the letter: it closes, a moment later.
  await page.mouse.move(1, 1, { steps: 4 });
  await page.mouse.move(term.x, term.y, { steps: 4 });
  await expect(card).toBeVisible();
  await page.mouse.move(1, 1, { steps: 4 });
  await expect(card).toHaveCount(0);
});

test('the caret inside a term shows the card, said politely, until it leaves or Escape @both-languages', async ({
  page,
}) => {
  const en = await letterWithTerm(page);
  const card = page.getByTestId('term-card');
  const spoken = page.getByTestId('pane-body').getByTestId('term-card-spoken');
  await expect(spoken).toHaveAttribute('role', 'status');
  await expect(card).toHaveCount(0);
  await expect(spoken).toHaveText('');

  // Into the term with the arrow keys.
  for (let i = 0; i < TAIL.length + 2; i++) await moveCaret(page, 'ArrowLeft');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Global Security Initiative');
  await expect(en).toBeFocused();
  await expect(spoken).toContainText(
    ui('Approved English term: {term}.', { term: 'Global Security Initiative' }),
  );
  await expect(spoken).toContainText(ui('Chinese term: {term}.', { term: '全球安全倡议' }));
  // Near the caret: the card adjoins the line the caret is on.
  const caret = await middleOf(en, 'Initiative');
  const box = (await card.boundingBox())!;
  expect(Math.min(Math.abs(box.y - caret.y), Math.abs(box.y + box.height - caret.y))).toBeLessThan(40);

  // Out of the term: gone; back in: shown again.
  await moveCaret(page, 'End');
  await expect(card).toHaveCount(0);
  await expect(spoken).toHaveText('');
  for (let i = 0; i < TAIL.length + 2; i++) await moveCaret(page, 'ArrowLeft');
  await expect(card).toBeVisible();

  // Escape: gone, and stays gone while the caret moves within the term; the caret has not moved.
  const before = await selectionNow(page);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await selectionNow(page)).toEqual(before);
  await moveCaret(page, 'ArrowLeft');
  await moveCaret(page, 'ArrowLeft');
  await page.waitForTimeout(500); // The card would be back by now: the ranges are read within 150 ms.
  await expect(card).toHaveCount(0);
  // Leaving the term ends the dismissal.
  await moveCaret(page, 'End');
  for (let i = 0; i < TAIL.length + 2; i++) await moveCaret(page, 'ArrowLeft');
  await expect(card).toBeVisible();

  // Typing in the term: the card said what no longer stands there, so it goes.
  await page.keyboard.insertText('x');
  await expect(card).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(card).toHaveCount(0);
});

test('text typed while highlighting is on is highlighted a moment later', async ({ page }) => {
  const en = await letterWithTerm(page);
  /** How many ranges of the terms' highlight paint the term in the English letter. */
  const painted = () =>
    en.evaluate(
      (root) =>
        [...(CSS.highlights.get('letterdesk-term') ?? [])].filter(
          (range) =>
            range instanceof Range &&
            root.contains(range.commonAncestorContainer) &&
            range.toString() === 'Global Security Initiative',
        ).length,
    );
  const before = await painted();
  expect(before).toBeGreaterThan(0);
  await caretToEnd(page, en);
  await page.keyboard.insertText(' Global Security Initiative');
  await expect(en).toContainText(`${TAIL.trimEnd()} Global Security Initiative`);
  await expect.poll(painted).toBe(before + 1);
});
