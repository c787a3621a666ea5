/**
 * Child process of security-scan.js: runs Electronegativity through its
 * programmatic API and writes its findings as JSON to the file named by argv[4].
 *
 * Why not the tool's own `-o findings.csv`: it writes the CSV header and the
 * rows with two unsynchronised async writes (header with "w", rows with "a"),
 * so the header can land over the first row or truncate them all — a crash or,
 * worse, a silent pass on a slow machine. Here nothing races.
 *
 * Usage: node electronegativity-findings.js <input dir> <electron version> <output.json>
 */
import { writeFileSync } from 'node:fs';
import run from '@doyensec/electronegativity';

const [input, electronVersion, output] = process.argv.slice(2);

run({
  input,
  isRelative: true,
  customScan: [],
  // This check asks GitHub, with no timeout, whether newer Electron releases exist: it hangs
  // on a blackholed network, and where it can connect its verdict changes with every Electron
  // release, so the same commit could pass today and fail tomorrow. Electron updates are a
  // dependency matter (SECURITY.md), not something a build can decide.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  parserPlugins: [],
  // Without it the tool cannot find the version in out/ and judges Electron 0.1 defaults.
  electronVersionOverride: electronVersion,
})
  .then(({ issues, errors }) => {
    const findings = issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      sample: issue.sample ?? '',
    }));
    writeFileSync(output, JSON.stringify({ findings, errors }));
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
