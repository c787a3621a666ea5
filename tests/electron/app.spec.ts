/**
 * The desktop app itself, launched from the build in out/. Skips, saying why,
 * where no Electron binary is installed (it is never downloaded by a test).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { ApiResult } from '../../core/contract';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import type { PreloadBridge } from '../../renderer/src/api/bridge';
import { electronBinary, NO_ELECTRON_BINARY } from '../../scripts/electronBinary.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const binary = electronBinary();

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  if (!binary) {
    // The list reporter does not show skip reasons, so say it in the output as well.
    console.log(`Electron tests skipped: ${NO_ELECTRON_BINARY}`);
    test.skip(true, NO_ELECTRON_BINARY);
  }
  if (!existsSync(join(REPO_ROOT, 'out', 'main', 'index.js'))) {
    throw new Error('LetterDesk is not built: run `npm run build` before the Electron tests.');
  }
  dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-electron-'));
  // Set in some shells and CI images; it would make Electron behave as plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  app = await _electron.launch({
    executablePath: binary!,
    // Chromium refuses to start as root with its sandbox on (CI containers); real users are never root.
    args: [REPO_ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...(env as Record<string, string>), LETTERDESK_DATA_DIR: dataDir },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** A call through the preload bridge, exactly as the renderer makes it. */
function call(name: string, input: unknown): Promise<ApiResult<unknown>> {
  return page.evaluate(
    ([n, i]) => (window as unknown as { letterdesk: PreloadBridge }).letterdesk.call(n as string, i),
    [name, input] as const,
  );
}

test('opens one LetterDesk window over the chosen data folder', async () => {
  expect(app.windows()).toHaveLength(1);
  await expect(page).toHaveTitle(/LetterDesk/);
  const info = await call('app.info', {});
  expect(info).toMatchObject({ ok: true, value: { mode: 'electron', dataDir } });
});

test('gives the page the letterdesk bridge and nothing of Node', async () => {
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      bridge: Object.keys((w.letterdesk as object) ?? {}),
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
    };
  });
  expect(globals).toEqual({
    bridge: ['call', 'onCommand'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
});

test('serves the page from app://letterdesk/ and nothing outside its folder', async () => {
  expect(page.url()).toBe('app://letterdesk/index.html');
  const answers = await page.evaluate(async () => {
    // Either the session's request filter cancels it or the app: handler answers 404: not served.
    const served = (url: string) =>
      fetch(url).then(
        (response) => (response.ok ? 'served' : 'refused'),
        () => 'refused',
      );
    const script = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? '';
    const own = await fetch(script);
    const html = await fetch('/index.html');
    return {
      origin: window.location.origin,
      script: [script.startsWith('app://letterdesk/'), own.status, own.headers.get('content-type')],
      policy: html.headers.get('content-security-policy'),
      refused: await Promise.all(
        [
          '/../main/index.js',
          '/%2e%2e/%2e%2e/package.json',
          '/assets%2f..%2f..%2fpackage.json',
          '/assets/',
          'app://elsewhere/index.html',
          'file:///etc/hostname',
        ].map(served),
      ),
    };
  });
  expect(answers).toEqual({
    origin: 'app://letterdesk',
    script: [true, 200, 'text/javascript; charset=utf-8'],
    policy: CONTENT_SECURITY_POLICY,
    refused: Array(6).fill('refused'),
  });
});

test('creates a letter from the template and saves it in the data folder', async () => {
  const created = await call('letters.create', { templateId: 'letter-to-the-editor-rebuttal' });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.value as { id: string };
  const saved = JSON.parse(await readFile(join(dataDir, 'letters', `${id}.json`), 'utf8')) as { id: string };
  expect(saved.id).toBe(id);
});

test('reaches nothing on the network and opens no other window', async () => {
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('has the application menu, whose commands run in the page as its buttons do', async () => {
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label));
  expect(labels?.slice(-5)).toEqual(['File', 'Edit', 'View', 'Letter', 'Help']);
  const accelerators = await app.evaluate(({ Menu }) =>
    ['letter.new', 'letter.save', 'letter.exportDocx', 'letter.printPdf', 'library.find', 'app.settings'].map(
      (id) => Menu.getApplicationMenu()?.getMenuItemById(id)?.accelerator,
    ),
  );
  expect(accelerators).toEqual([
    'CmdOrCtrl+N',
    'CmdOrCtrl+S',
    'CmdOrCtrl+E',
    'CmdOrCtrl+P',
    'CmdOrCtrl+Shift+F',
    'CmdOrCtrl+,',
  ]);
  // A click, as the user's: the page opens the settings, then the new-letter dialog.
  await app.evaluate(({ Menu, BrowserWindow }) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById('app.settings');
    item?.click(undefined, BrowserWindow.getAllWindows()[0]);
  });
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await app.evaluate(({ Menu, BrowserWindow }) => {
    Menu.getApplicationMenu()
      ?.getMenuItemById('letter.new')
      ?.click(undefined, BrowserWindow.getAllWindows()[0]);
  });
  await expect(page.getByTestId('new-letter-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
});
