import type { Page } from '@playwright/test';

/**
 * Types Chinese as a pinyin IME does, through Chromium's own IME pipeline
 * (CDP Input.imeSetComposition, then Input.insertText to commit), the way the
 * Lexical playground's composition tests drive it: composition events reach
 * the editor exactly as from a real input method.
 */
export async function typeWithIme(
  page: Page,
  steps: Array<{ pinyin: string; commit: string }>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const { pinyin, commit } of steps) {
    for (let i = 1; i <= pinyin.length; i++) {
      const text = pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    // The candidate the user picks replaces the pinyin, then is committed.
    await cdp.send('Input.imeSetComposition', {
      text: commit,
      selectionStart: commit.length,
      selectionEnd: commit.length,
    });
    await cdp.send('Input.insertText', { text: commit });
  }
  await cdp.detach();
}
