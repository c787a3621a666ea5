/**
 * `npm test`'s first phase (scripts/test.js), run as the real script in a
 * child process: where something the tests need is missing and it may not be
 * installed, it stops with one message naming what is missing and the command
 * that installs it, before installing anything or running any step. apt-get,
 * sudo and npm are replaced on PATH / npm_execpath by recorders, so the test
 * sees any attempt to run them (and this machine is never changed).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/test.js', import.meta.url));

let dir: string;
let calls: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'letterdesk-npm-test-'));
  calls = join(dir, 'calls.log');
  // Anything scripts/test.js would use to install or run steps writes a line here instead.
  for (const tool of ['apt-get', 'sudo']) {
    writeFileSync(join(dir, tool), `#!/bin/sh\necho "${tool} $*" >> '${calls}'\n`);
    chmodSync(join(dir, tool), 0o755);
  }
  writeFileSync(
    join(dir, 'npm-cli.js'),
    `require('node:fs').appendFileSync(${JSON.stringify(calls)}, 'npm ' + process.argv.slice(2).join(' ') + '\\n');\n`,
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runTestScript(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      PATH: `${dir}${delimiter}${process.env.PATH}`,
      npm_execpath: join(dir, 'npm-cli.js'),
      ...env,
    },
  });
  const called = existsSync(calls) ? readFileSync(calls, 'utf8') : '';
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, called };
}

describe('npm test on a machine without Chromium', () => {
  it('stops with one message naming Chromium and its install command, and runs nothing', () => {
    const chromium = join(dir, 'no-chromium');
    const run = runTestScript([], { CHROMIUM_PATH: chromium, LETTERDESK_TEST_NO_INSTALL: '1' });

    expect(run.code).toBe(1);
    expect(run.stderr.match(/npm test cannot run/g)).toHaveLength(1);
    expect(run.stderr).toContain(`Chromium (CHROMIUM_PATH=${chromium} is not an executable file)`);
    expect(run.stderr).toMatch(
      /Install with: +(sudo )?apt-get update && (sudo )?apt-get install -y .*\bchromium\b/,
    );
    expect(run.stderr).toContain('CHROMIUM_PATH=/path/to/chromium');
    expect(run.stdout).not.toContain('step');
    expect(run.called).toBe('');
  });

  it('does not try to install where installing Debian Chromium would not help (CHROMIUM_PATH names a missing file)', () => {
    const run = runTestScript([], { CHROMIUM_PATH: join(dir, 'no-chromium') });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('point CHROMIUM_PATH at a Chromium executable');
    expect(run.called).toBe('');
  });
});

describe('npm test --check', () => {
  // npm test only reaches this unit test once its check passed, so here it finds everything.
  it('finds everything the tests need on this machine, and installs and runs nothing', () => {
    const run = runTestScript(['--check'], {});

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('this machine has everything the tests need');
    expect(run.called).toBe('');
  });
});
