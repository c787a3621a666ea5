import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/services';

// electron-builder's own loader and schema check; both work offline, without the Electron binary.
const config: Configuration = await getConfig(REPO_ROOT, join(REPO_ROOT, 'electron-builder.yml'), null);

const targets = (platform: 'linux' | 'win' | 'mac') => config[platform]?.target;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema check', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and builds an installer for each desktop platform', () => {
    expect(config).toMatchObject({ appId: 'org.letterdesk.app', productName: 'LetterDesk', asar: true });
    expect(config.directories?.output).toBe('dist');
    expect(targets('linux')).toEqual(['AppImage']);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.category).toBe('public.app-category.productivity');
  });

  it('gives no made-up address: no maintainer, and an author without an email', () => {
    // electron-builder takes the deb's Maintainer from package.json's author when none is set.
    expect(config.linux?.maintainer).toBeUndefined();
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { author?: unknown };
    expect(pkg.author).toBe('LetterDesk contributors');
    const yml = readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
    expect(yml).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('turns off the fuses that would let the packaged binary run arbitrary code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('gives file:// pages no more than a browser does: the page is served from app://', () => {
    expect(config.electronFuses?.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('ships the built app and puts the templates where the packaged app reads them', () => {
    // What these patterns pack of a real build, and that the bench is not in it: packagedFiles.test.ts.
    for (const build of ['out/main/**', 'out/preload/**', 'out/renderer/**']) {
      expect(JSON.stringify(config.files)).toContain(build);
    }
    // electron/main/index.ts reads join(process.resourcesPath, 'templates') when packaged.
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'templates', to: 'templates' })]);
    expect(existsSync(join(REPO_ROOT, 'templates', 'letter-to-the-editor-rebuttal.json'))).toBe(true);
  });

  it('packs every template and seed file, in subfolders too, by electron-builder’s own file filter', () => {
    const [resource] = config.extraResources as Array<{ from: string; to: string; filter: string[] }>;
    const from = join(REPO_ROOT, resource.from);
    const filter = new FileMatcher(from, resource.to, (p: string) => p, resource.filter).createFilter();
    // electron-builder walks folders top-down and only enters the ones the filter accepts.
    const packed = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        const stat = statSync(path);
        if (!filter(path, stat)) return [];
        return stat.isDirectory() ? packed(path) : [relative(from, path)];
      });
    expect(packed(from).sort()).toEqual([
      'correction-request.json',
      'letter-to-the-editor-rebuttal.json',
      'op-ed-submission-cover-note.json',
      'press-statement.json',
      'reply-to-journalist-questions.json',
      'seed/publications.json',
      'seed/snippets.json',
      'seed/terms.json',
    ]);
  });
});
