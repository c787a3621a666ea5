/**
 * Export as a whole process, the way a script would call it: `letterdesk export`
 * against `pandoc` on the same text written as Markdown.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { letterMarkdown, median } from '../out/bench/bench.js';

/** @param {string} file @param {string[]} args @param {number} runs */
function processMedianMs(file, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(file, args, { stdio: 'pipe' });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** @param {string} repoRoot @param {import('../core/letter').Letter} letter @param {number} runs */
export async function cliVersusPandoc(repoRoot, letter, runs) {
  const dir = await mkdtemp(join(tmpdir(), 'letterdesk-bench-export-'));
  try {
    const letterFile = join(dir, 'letter.json');
    const markdownFile = join(dir, 'letter.md');
    await writeFile(letterFile, JSON.stringify(letter));
    await writeFile(markdownFile, letterMarkdown(letter));
    const cli = [join(repoRoot, 'bin/letterdesk.js'), 'export', letterFile, '-o', join(dir, 'cli.docx')];
    const letterdeskMs = processMedianMs(process.execPath, [...cli, '--data-dir', join(dir, 'data')], runs);
    const pandocMs = processMedianMs('pandoc', [markdownFile, '-o', join(dir, 'pandoc.docx')], runs);
    // The floor for any command written for Node: starting Node and doing nothing.
    const nodeMs = processMedianMs(process.execPath, ['-e', '0'], runs);
    return { letterdeskMs, pandocMs, nodeMs, speedup: pandocMs / letterdeskMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
