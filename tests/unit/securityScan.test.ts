import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAccepted, parseFindings, unaccepted } from '../../scripts/security-scan.js';

// As Electronegativity writes its CSV (quoted fields with commas in them).
const CSV = `issue, severity, confidence, filename, location, sample, description, url
SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/index.js","329:16","const window = new BrowserWindow(mainWindowOptions(preloadPath));","Use sandbox for untrusted origins",https://example.invalid
SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/index.js","400:1","const w = new BrowserWindow({ sandbox: false, title: ""a, b"" });","Use sandbox",https://example.invalid
`;

describe('security scan', () => {
  const accepted = parseAccepted(readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8'));

  it('reads every accepted finding from SECURITY.md with its justification', () => {
    expect(accepted.length).toBeGreaterThan(0);
    for (const row of accepted) {
      expect(row.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(row.code).not.toBe('');
      expect(row.why.length).toBeGreaterThan(20);
    }
  });

  it('passes an accepted finding and fails a new window the table does not cover', () => {
    const findings = parseFindings(CSV);
    expect(findings.map((f) => f.location)).toEqual(['329:16', '400:1']);
    expect(findings[1].sample).toContain('title: "a, b"');
    expect(unaccepted(findings, accepted).map((f) => f.location)).toEqual(['400:1']);
  });
});
