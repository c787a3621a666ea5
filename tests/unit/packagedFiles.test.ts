/**
 * What the installer carries of the build: the app's three bundles (out/main, out/preload,
 * out/renderer) and none of the bench, which builds into out/bench (bench/vite.config.ts).
 * Reads the build in out/, so it runs after `npm run build` (npm test builds first).
 */
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher.js';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/services';

const OUT = join(REPO_ROOT, 'out');
const APP_BUILDS = ['main', 'preload', 'renderer'];
const config: Configuration = await getConfig(REPO_ROOT, join(REPO_ROOT, 'electron-builder.yml'), null);

/** Every file under `dir`, as paths relative to the repository with forward slashes. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [relative(REPO_ROOT, path).split(sep).join('/')];
  });

/** electron-builder's own `files` filter for one platform (a platform may add its own `files`). */
function packs(platform: 'linux' | 'win' | 'mac'): (path: string, stat: Stats) => boolean {
  const matchers = getFileMatchers(config, 'files', '', {
    macroExpander: (pattern) => pattern,
    customBuildOptions: config[platform] ?? {},
    globalOutDir: join(REPO_ROOT, 'dist'),
    defaultSrc: REPO_ROOT,
  });
  if (!matchers) throw new Error('electron-builder.yml has no `files`');
  const filters = matchers.map((m) => m.createFilter());
  return (path, stat) => filters.some((filter) => filter(path, stat));
}

/** The names bench/inProcess.ts exports from the bench's own modules (not from core). */
const benchNames = [
  ...readFileSync(join(REPO_ROOT, 'bench/inProcess.ts'), 'utf8').matchAll(
    /export \{([^}]*)\} from '\.\/\w+'/g,
  ),
]
  .flatMap((m) => m[1].split(','))
  .map((name) => name.replace(/^\s*type\s+/, '').trim())
  .filter((name) => /^[a-z]\w+$/.test(name));

beforeAll(() => {
  if (!existsSync(join(OUT, 'main', 'index.js'))) {
    throw new Error('The app is not built: run `npm run build` before the unit tests (npm test does).');
  }
});

describe('packaged files', () => {
  it('finds the bench’s own function names to look for', () => {
    expect(benchNames).toEqual(expect.arrayContaining(['generateLetter', 'docxMedianMs', 'libraryFigures']));
  });

  it('no file of the app’s build is bench code', () => {
    const built = APP_BUILDS.flatMap((name) => filesUnder(join(OUT, name)));
    expect(built).toContain('out/main/index.js');
    expect(built.filter((file) => /(^|\/)bench[^/]*$/i.test(file))).toEqual([]);
    const withBenchCode = built.filter((file) => {
      const text = readFileSync(join(REPO_ROOT, file), 'latin1');
      return benchNames.some((name) => text.includes(name));
    });
    expect(withBenchCode).toEqual([]);
  });

  it.each(['linux', 'win', 'mac'] as const)('%s: packs the app’s build and not the bench', (platform) => {
    const filter = packs(platform);
    // electron-builder walks folders top-down and only enters the ones the filter accepts.
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        const stat = statSync(path);
        if (!filter(path, stat)) return [];
        return stat.isDirectory() ? walk(path) : [relative(REPO_ROOT, path).split(sep).join('/')];
      });
    const packed = walk(OUT);
    expect(packed).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs']));
    expect(packed.filter((file) => !APP_BUILDS.some((name) => file.startsWith(`out/${name}/`)))).toEqual([]);
    expect(filter(join(REPO_ROOT, 'package.json'), statSync(join(REPO_ROOT, 'package.json')))).toBe(true);
    // The bench's output may not be built yet: ask the filter about its paths, with the stats of a
    // folder and a file that are (the filter looks at the path and whether it is a folder).
    expect(filter(join(OUT, 'bench'), statSync(join(OUT, 'main')))).toBe(false);
    expect(filter(join(OUT, 'bench', 'bench.js'), statSync(join(OUT, 'main', 'index.js')))).toBe(false);
  });
});
