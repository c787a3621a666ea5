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
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out');
// The tool looks for translations and Electron releases online; without a network it gives up
// and carries on, but a blackholed connection must not hang CI.
const TIMEOUT_MS = 180_000;

/** Splits one CSV line the way the tool writes it: quoted fields may hold commas, "" is a quote. */
export function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

export function parseFindings(csv) {
  return csv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [check, severity, confidence, file, location, sample] = parseCsvLine(line);
      return { check, severity, confidence, file, location, sample };
    });
}

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

function runScan() {
  const bin = join(
    createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'),
    '..',
    'dist',
    'index.js',
  );
  const dir = mkdtempSync(join(tmpdir(), 'letterdesk-security-'));
  const csvPath = join(dir, 'findings.csv');
  try {
    // -e: the tool cannot find the version in out/ and would judge Electron 0.1 defaults.
    const args = [bin, '-i', OUT, '-r', '-v', 'false', '-o', csvPath, '-e', electronVersion()];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS });
    if (run.error || !existsSync(csvPath)) {
      const why =
        run.error?.code === 'ETIMEDOUT' ? `did not finish in ${TIMEOUT_MS / 1000} s` : 'wrote no results';
      throw new Error(`Electronegativity ${why}.\n${run.stdout ?? ''}${run.stderr ?? ''}`);
    }
    return parseFindings(readFileSync(csvPath, 'utf8'));
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
