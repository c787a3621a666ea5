import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAccepted, runScan, unaccepted } from '../../scripts/security-scan.js';

describe('security scan', () => {
  const accepted = parseAccepted(readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'letterdesk-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every accepted finding from SECURITY.md with its justification', () => {
    expect(accepted.length).toBeGreaterThan(0);
    for (const row of accepted) {
      expect(row.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(row.code).not.toBe('');
      expect(row.why.length).toBeGreaterThan(20);
    }
  });

  // The real tool over a main process like ours, plus one careless window: the accepted window
  // passes, the careless one is reported with every check it fails, nothing is lost on the way.
  it('passes the accepted window and fails a new one the table does not cover', () => {
    mkdirSync(join(dir, 'main'));
    writeFileSync(
      join(dir, 'main', 'index.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const window = new BrowserWindow(mainWindowOptions(preloadPath));',
        'const careless = new BrowserWindow({ title: "a, b", webPreferences: { sandbox: false, contextIsolation: false } });',
        '',
      ].join('\n'),
    );
    const findings = runScan(dir).filter((f) => f.file === 'main/index.js');
    expect(findings.map((f) => `${f.check} ${f.location.split(':')[0]}`).sort()).toEqual([
      'AUXCLICK_JS_CHECK 2',
      'AUXCLICK_JS_CHECK 3',
      'CONTEXT_ISOLATION_JS_CHECK 2',
      'CONTEXT_ISOLATION_JS_CHECK 3',
      'SANDBOX_JS_CHECK 2',
      'SANDBOX_JS_CHECK 3',
    ]);
    expect(findings.find((f) => f.location.startsWith('3:'))?.sample).toContain('title: "a, b"');
    const open = unaccepted(findings, accepted);
    expect(open.map((f) => f.check).sort()).toEqual([
      'AUXCLICK_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
    ]);
    expect(open.every((f) => f.location.startsWith('3:'))).toBe(true);
  }, 60_000);
});
