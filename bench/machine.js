/** What the figures were measured on, printed and stored with them. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** @param {import('playwright-core').Browser} browser */
export function machineInfo(browser) {
  const pandoc = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: browser.version(),
    pandoc,
  };
}
