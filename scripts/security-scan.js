/**
 * Runs Electronegativity over the built app (`out/`: main, preload and page
 * bundles) and fails on any finding that SECURITY.md does not accept. The
 * TypeScript sources are not scanned: the tool does not parse TypeScript and
 * reports nothing useful for them.
 *
 * A finding is accepted by a row of the "Accepted Electronegativity findings"
 * table in SECURITY.md with the same check id and file, whose "Flagged code"
 * text occurs in the flagged line (so the second window of the same kind is
 * not waved through by the first one's row).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out');
// The tool looks for translations and Electron releases online; without a network it gives up
// and carries on, but a blackholed connection must not hang CI.
const TIMEOUT_MS = 180_000;

/** Rows of the accepted-findings table: | Check | File | Flagged code | Why it is safe |. */
export function parseAccepted(markdown) {
  const section = markdown.split(/^## Accepted Electronegativity findings/m)[1];
  if (!section) return [];
  return section
    .split(/^## /m)[0]
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^`|`$/g, '')),
    )
    .filter(([check]) => check && check !== 'Check')
    .map(([check, file, code, why]) => ({ check, file, code, why }));
}

export function unaccepted(findings, accepted) {
  return findings.filter(
    (f) =>
      f.severity.toUpperCase() !== 'INFORMATIONAL' &&
      !accepted.some((a) => a.check === f.check && a.file === f.file && f.sample.includes(a.code) && a.why),
  );
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = /\d+\.\d+\.\d+/.exec(range ?? '')?.[0];
  if (!version)
    throw new Error('package.json names no Electron version; the scan needs it to judge defaults.');
  return version;
}

/**
 * Runs the tool over `input` in a child process (so a blackholed network cannot
 * hang CI) and returns its findings: { check, severity, confidence, file, location, sample }.
 */
export function runScan(input = OUT) {
  const dir = mkdtempSync(join(tmpdir(), 'letterdesk-security-'));
  const jsonPath = join(dir, 'findings.json');
  try {
    const child = join(ROOT, 'scripts', 'electronegativity-findings.js');
    const run = spawnSync(process.execPath, [child, input, electronVersion(), jsonPath], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
    });
    if (run.error || run.status !== 0 || !existsSync(jsonPath)) {
      const why =
        run.error?.code === 'ETIMEDOUT' ? `did not finish in ${TIMEOUT_MS / 1000} s` : 'wrote no results';
      throw new Error(`Electronegativity ${why}.\n${run.stdout ?? ''}${run.stderr ?? ''}`);
    }
    const { findings, errors } = JSON.parse(readFileSync(jsonPath, 'utf8'));
    // A file the tool could not parse is a file it did not check: that is not a pass.
    if (errors.length) {
      const list = errors.map((e) => `  ${e.file}: ${e.message}`).join('\n');
      throw new Error(
        `Electronegativity could not read ${errors.length} file(s), so they were not checked:\n${list}`,
      );
    }
    return findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  if (!existsSync(join(OUT, 'main', 'index.js'))) {
    console.error('security: out/ is not built. Run `npm run build` first, then `npm run security`.');
    return 1;
  }
  const findings = runScan();
  const accepted = parseAccepted(readFileSync(join(ROOT, 'SECURITY.md'), 'utf8'));
  const open = unaccepted(findings, accepted);
  console.log(
    `security: Electronegativity found ${findings.length} finding(s), ${open.length} not accepted.`,
  );
  for (const f of open) {
    console.error(`  ${f.severity} ${f.check} in out/${f.file}:${f.location}\n    ${f.sample}`);
  }
  if (open.length) {
    console.error(
      'Fix these in the code, or, if one is safe, add a row for it to "Accepted Electronegativity findings" in SECURITY.md.',
    );
  }
  return open.length ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`security: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
