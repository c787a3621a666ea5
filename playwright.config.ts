import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

// Browsers come from Debian (`/usr/bin/chromium`); Playwright's own downloads
// are never used. Override with CHROMIUM_PATH on other machines.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BROWSER: PlaywrightTestConfig['use'] = {
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  },
  acceptDownloads: true,
  trace: 'retain-on-failure',
};

export default defineConfig({
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  projects: [
    {
      // The full app in Debian Chromium against browser mode: real server, real services, real files.
      // The interface follows the system's language, which here is the browser's: British English,
      // set explicitly so a developer's Chinese machine does not turn this run Chinese.
      name: 'browser',
      testDir: 'tests/e2e',
      // What checks the Chinese interface alone (tests/e2e/untranslated.spec.ts) has nothing to check here.
      grepInvert: /@chinese-interface/,
      use: { ...BROWSER, locale: 'en-GB' },
    },
    {
      // The same app with a Chinese system: the main scenarios again, in the Chinese interface.
      // Specs name interface words through tests/e2e/ui.ts, so one spec serves both languages;
      // a scenario joins this run by the tag @both-languages in its title.
      name: 'browser-zh',
      testDir: 'tests/e2e',
      grep: /@both-languages|@chinese-interface/,
      use: { ...BROWSER, locale: 'zh-CN' },
    },
    {
      // The Electron app itself; skips (saying why) where no Electron binary is installed.
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
