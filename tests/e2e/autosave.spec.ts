/**
 * Autosave keeps saving whatever the timing of the saves. A change typed
 * while a slow save is on its way is taken by the save that follows it at
 * once; the change's own timer then fires with nothing left to save. That
 * timer used to leave the save loop marked as running for good, so every
 * later change waited, unsaved, until the page was reloaded or closed. The
 * first save is held back here (the request itself, not our code) to make
 * that timing certain rather than a matter of machine load.
 */
import { expect, test } from './test';
import { AppServer } from './appServer';
import { caretToEnd } from './caret';
import { newRebuttalLetter, saved } from './letterPage';

let app: AppServer;
test.beforeEach(async () => {
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app.dispose();
});

test('changes made after a timer found nothing left to save are still saved', async ({ page }) => {
  await page.goto(app.url);
  await newRebuttalLetter(page, 'Autosave timing');
  const english = page.getByTestId('editor-body');
  await caretToEnd(page, english);

  let releaseFirstSave = () => {};
  const firstSaveArrived = new Promise<void>((arrived) => {
    let held = false;
    void page.route('**/api/letters.save', async (route) => {
      if (held) return route.continue();
      held = true;
      arrived();
      await new Promise<void>((release) => (releaseFirstSave = release));
      await route.continue();
    });
  });

  await page.keyboard.type(' First.');
  await firstSaveArrived;
  // Typed while the first save is held: the loop saves it right after, before this key's own timer.
  await page.keyboard.type(' Second.');
  releaseFirstSave();
  await saved(page);
  // Longer than the autosave delay (500 ms, useAutosave.ts): that key's timer fires, and finds nothing
  // left to save. A later change must still be saved.
  await page.waitForTimeout(1000);
  await page.keyboard.type(' Third.');
  await saved(page);

  await page.reload();
  await expect(page.getByTestId('editor-body')).toContainText('First. Second. Third.');
});
