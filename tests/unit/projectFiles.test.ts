/**
 * The files a project people can pick up carries: a licence that is the one package.json names,
 * and a changelog with an entry for the version package.json gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/services';

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; version: string; author: string };

describe('project files', () => {
  it('LICENSE is the licence package.json names, held by the same people as the author', () => {
    expect(pkg.license).toBe('MIT');
    const licence = read('LICENSE');
    expect(licence.split('\n')[0]).toBe('MIT License');
    expect(licence).toMatch(new RegExp(`^Copyright \\(c\\) \\d{4} ${pkg.author}$`, 'm'));
  });

  it('CHANGELOG.md has an Unreleased section and an entry for the current version', () => {
    const changelog = read('CHANGELOG.md');
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Unreleased');
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });

  it('CONTRIBUTING.md names the commands it tells a contributor to run', () => {
    const guide = read('CONTRIBUTING.md');
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: object }).scripts);
    const named = [...guide.matchAll(/npm (?:run )?([\w:]+)/g)]
      .map((m) => m[1])
      // npm's own commands, not the project's scripts.
      .filter((s) => !['install', 'ci'].includes(s));
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
