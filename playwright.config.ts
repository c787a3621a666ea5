import { defineConfig } from '@playwright/test';

// Browsers come from Debian (`/usr/bin/chromium`); Playwright's own downloads
// are never used. Override with CHROMIUM_PATH on other machines.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  projects: [
    {
      // The full app in Debian Chromium against browser mode: real server, real services, real files.
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
          ],
        },
        acceptDownloads: true,
        trace: 'retain-on-failure',
      },
    },
    {
      // The Electron app itself; skips (saying why) where no Electron binary is installed.
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
