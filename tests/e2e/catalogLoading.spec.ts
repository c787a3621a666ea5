/**
 * The interface loads one language: the catalog of the language it shows, and
 * no other, at start-up (the "only the active language is loaded"),
 * and the page's code carries no copy of the English either: the build drops
 * it (electron.vite.config.ts), so English is a catalog like Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

const catalogChunk = (language: string) => new RegExp(`/assets/${language}-[\\w-]{6,}\\.js$`);

for (const { system, shown, other, word } of [
  { system: 'zh-CN', shown: 'zh-CN', other: 'en', word: /[\u4e00-\u9fff]/ },
  { system: 'en-GB', shown: 'en', other: 'zh-CN', word: /New letter/ },
]) {
  test(`a ${system} system gets the ${shown} interface and only its catalog`, async ({ browser }) => {
    const context = await browser.newContext({ locale: system });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(app.url);
    await expect(page.locator('html')).toHaveAttribute('lang', shown);
    await expect(page.getByRole('complementary').first()).toContainText(word);
    expect(scripts.filter((path) => catalogChunk(shown).test(path))).toHaveLength(1);
    expect(scripts.filter((path) => catalogChunk(other).test(path))).toEqual([]);
    await context.close();
  });
}

test('the page’s code holds no English messages of its own', () => {
  const assets = join(process.cwd(), 'out/renderer/assets');
  const code = readdirSync(assets)
    .filter((name) => name.endsWith('.js') && !/^(en|zh-CN)-/.test(name))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
  const english: Record<string, string> = JSON.parse(
    readFileSync(join(process.cwd(), 'core/i18n/catalogs/en.json'), 'utf8'),
  );
  // Whole sentences only: a short word such as "Bold" may also be a CSS or Lexical name.
  const sentences = Object.values(english).filter((text) => text.length > 24 && !text.includes('{'));
  expect(sentences.length).toBeGreaterThan(0);
  expect(sentences.filter((text) => code.includes(text))).toEqual([]);
});
