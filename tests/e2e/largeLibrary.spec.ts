/**
 * A library of years of letters: the sidebar shows the newest at once and the
 * older ones as the user scrolls; search reaches every one of them.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { newBlankLetter } from '../../core/letter';
import { expect, test } from './test';
import { AppServer } from './appServer';

const COUNT = 250;
let app: AppServer;
test.beforeEach(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-e2e-'));
  await mkdir(join(dataDir, 'letters'));
  for (let i = 0; i < COUNT; i++) {
    const letter = newBlankLetter({ id: `year${i}`, now: new Date(Date.UTC(2019, 0, 1) + i * 86_400_000) });
    letter.title = `Letter number ${i}`;
    letter.body = editorDoc([paragraphNode([textNode(i === 0 ? 'The oldest: on fisheries.' : 'On trade.')])]);
    await writeFile(join(dataDir, 'letters', `${letter.id}.json`), JSON.stringify(letter));
  }
  app = await AppServer.start(dataDir);
});
test.afterEach(async () => {
  await app.dispose();
});

test('a long library loads older letters as you scroll, and search finds the oldest', async ({ page }) => {
  await page.goto(app.url);
  const items = page.getByTestId('library-item');
  await expect(page.getByTestId('library').locator('.sidebar__count').first()).toHaveText(String(COUNT));
  await expect(items.first()).toContainText(`Letter number ${COUNT - 1}`);
  await expect(items).toHaveCount(100);

  // Scrolling to the end brings the next letters, until the oldest is there.
  await expect(async () => {
    await items.last().scrollIntoViewIfNeeded();
    await expect(items).toHaveCount(COUNT, { timeout: 500 });
  }).toPass();
  await expect(items.last()).toContainText('Letter number 0');

  await page.getByTestId('library-search').fill('fisheries');
  const results = page.getByTestId('search-results').getByTestId('library-item');
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('Letter number 0');
});
