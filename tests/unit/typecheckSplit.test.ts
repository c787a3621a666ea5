/**
 * The type-check split (tsconfig.json and the programs it lists): the page cannot name Node's
 * globals, the main process cannot name the page's, the shared core neither, and every
 * TypeScript file of the project is checked by one of the programs. Uses TypeScript's own
 * config parser and program builder, on tiny snippets, so it does not type-check the project.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/services';

function parseConfig(name: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(REPO_ROOT, name), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`${name} could not be read`);
  expect(parsed.errors).toEqual([]);
  return parsed;
}

const solution = parseConfig('tsconfig.json');
const referenced = (solution.projectReferences ?? []).map((ref) => relative(REPO_ROOT, ref.path));
const programs = Object.fromEntries(referenced.map((name) => [name, parseConfig(name)]));

const scratch = mkdtempSync(join(tmpdir(), 'letterdesk-typecheck-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// One parse of each library file for all the programs below (lib.dom.d.ts alone is 1.6 MB).
const parsedFiles = new Map<string, ts.SourceFile | undefined>();
function createProgram(rootNames: string[], options: ts.CompilerOptions): ts.Program {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (fileName, language, ...rest) => {
    const key = `${fileName}:${JSON.stringify(language)}`;
    if (!parsedFiles.has(key)) parsedFiles.set(key, read.call(host, fileName, language, ...rest));
    return parsedFiles.get(key);
  };
  return ts.createProgram({ rootNames, options, host });
}

/** The global names a snippet uses that `config`'s settings do not know. */
function unknownNames(config: string, code: string, alsoLoad: string[] = []): string[] {
  const file = join(scratch, `${config}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, `export {};\n${code}\n`);
  const roots = [file, ...alsoLoad.map((p) => join(REPO_ROOT, p))];
  const program = createProgram(roots, programs[config].options);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => /Cannot find name '(\w+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'))?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

const NODE_ONLY = `process.env.HOME; Buffer.from('x'); require('node:fs'); __dirname;`;
const PAGE_ONLY = `window.location; document.title; navigator.language;`;

describe('type-check split', () => {
  it('lists the core, page, Node and test programs', () => {
    expect(solution.fileNames).toEqual([]);
    expect(referenced.sort()).toEqual([
      'tsconfig.core.json',
      'tsconfig.node.json',
      'tsconfig.tests.json',
      'tsconfig.web.json',
    ]);
  });

  it('checks every TypeScript file of the project in at least one program', () => {
    const skipped = new Set(['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.git']);
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (skipped.has(entry.name)) return [];
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return walk(path);
        return /\.tsx?$/.test(entry.name) ? [relative(REPO_ROOT, path).split(sep).join('/')] : [];
      });
    const checked = new Set(
      Object.values(programs).flatMap((p) =>
        p.fileNames.map((f) => relative(REPO_ROOT, f).split(sep).join('/')),
      ),
    );
    const all = walk(REPO_ROOT);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((file) => !checked.has(file))).toEqual([]);
  });

  it('the page cannot name Node’s globals, and can name its own', () => {
    expect(unknownNames('tsconfig.web.json', NODE_ONLY)).toEqual([
      'Buffer',
      '__dirname',
      'process',
      'require',
    ]);
    expect(unknownNames('tsconfig.web.json', PAGE_ONLY)).toEqual([]);
  });

  it('the main process cannot name the page’s globals, and can name Node’s', () => {
    expect(unknownNames('tsconfig.node.json', PAGE_ONLY)).toEqual(['document', 'navigator', 'window']);
    expect(unknownNames('tsconfig.node.json', NODE_ONLY)).toEqual([]);
  });

  it('the shared core can name neither side’s globals, only those both provide', () => {
    const core = (code: string) => unknownNames('tsconfig.core.json', code, ['core/sharedGlobals.d.ts']);
    expect(core(NODE_ONLY)).toEqual(['Buffer', '__dirname', 'process', 'require']);
    expect(core(PAGE_ONLY)).toEqual(['document', 'navigator', 'window']);
    expect(core(`new TextEncoder().encode('x'); structuredClone({});`)).toEqual([]);
  });

  it('no library the page or the core imports brings Node’s or the DOM’s typings in', () => {
    // Library typings can pull @types/node in with `/// <reference types="node" />` whatever
    // `types` says (docx does; tsconfig.core.json leaves core/docx out for that reason).
    const loaded = (config: string) => {
      const { fileNames, options } = programs[config];
      return createProgram(fileNames, options)
        .getSourceFiles()
        .map((f) => f.fileName);
    };
    const isNodeTypes = (f: string) => f.includes('/@types/node/');
    const isDomLib = (f: string) => /\/lib\.dom(\.\w+)?\.d\.ts$/.test(f);
    const web = loaded('tsconfig.web.json');
    expect(web.filter(isNodeTypes)).toEqual([]);
    expect(web.some(isDomLib)).toBe(true);
    const core = loaded('tsconfig.core.json');
    expect(core.filter((f) => isNodeTypes(f) || isDomLib(f))).toEqual([]);
    expect(core.some((f) => f.endsWith('core/letter.ts'))).toBe(true);
    const node = loaded('tsconfig.node.json');
    expect(node.filter(isDomLib)).toEqual([]);
    expect(node.some(isNodeTypes)).toBe(true);
  });
});
