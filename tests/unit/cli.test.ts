import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureLetterPath, loadFixtureLetter } from '../fixtures/loadLetter';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';

const BIN = join(REPO_ROOT, 'bin', 'letterdesk.js');

interface RunOptions {
  /** The umask the command runs under, as a shell sets it. */
  umask?: string;
  cwd?: string;
}

/** Runs the real, built command as a user would; never throws, returns what the user sees. */
async function letterdesk(...args: string[]) {
  return run(args, {}, 'utf8');
}

async function run<E extends 'utf8' | 'buffer'>(
  args: string[],
  { umask = '022', cwd }: RunOptions,
  encoding: E,
) {
  type Out = E extends 'utf8' ? string : Buffer;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      '/bin/sh',
      ['-c', `umask ${umask} && exec "$0" "$@"`, process.execPath, BIN, ...args],
      { encoding, cwd },
    );
    return { code: 0, stdout: stdout as Out, stderr: stderr.toString() };
  } catch (error) {
    const e = error as { code: number; stdout: Out; stderr: Out };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr.toString() };
  }
}

async function docxText(file: string | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(typeof file === 'string' ? await readFile(file) : file);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

let data: Awaited<ReturnType<typeof makeDataDir>>;
let letterId: string;

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'out', 'main', 'cli.js'))) {
    throw new Error('The CLI is not built: run `npm run build` before the unit tests (npm test does).');
  }
});

beforeEach(async () => {
  data = await makeDataDir();
  const services = await openServices(data.dir);
  const letter = await services.letters.create(REBUTTAL_TEMPLATE, {
    publication: 'EUobserver',
    publicationZh: '欧盟观察网',
    articleTitle: 'A misleading article',
    articleDate: '2020-05-06',
  });
  await services.letters.save({ ...letter, date: '2020-05-08', title: 'Reply to EUobserver' });
  letterId = letter.id;
});
afterEach(() => data.cleanup());

describe('letterdesk command line', () => {
  it('lists the library', async () => {
    const { code, stdout } = await letterdesk('list', '--data-dir', data.dir);
    expect(code).toBe(0);
    expect(stdout).toContain(letterId);
    expect(stdout).toMatch(/draft .* EUobserver {2}Reply to EUobserver/);
    expect((await letterdesk('list', '--trash', '--data-dir', data.dir)).stdout).toContain(
      'The trash is empty.',
    );
  });

  it('exports a stored letter file in both variants', async () => {
    const file = join(data.dir, 'letters', `${letterId}.json`);
    const bilingual = join(data.dir, 'bilingual.docx');
    const result = await letterdesk('export', file, '--variant', 'bilingual', '-o', bilingual);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Exported “Reply to EUobserver” (bilingual) to ${bilingual}`);
    const text = await docxText(bilingual);
    expect(text).toContain('《欧盟观察网》');
    expect(text.indexOf('《欧盟观察网》')).toBeLessThan(text.indexOf('Dear Sir/Madam,'));

    const editor = join(data.dir, 'editor.docx');
    expect((await letterdesk('export', letterId, '--data-dir', data.dir, '-o', editor)).code).toBe(0);
    const english = await docxText(editor);
    expect(english).toContain('“A misleading article”, published in EUobserver on 6 May 2020');
    expect(english).not.toContain('欧盟观察网');
  });

  it('exports a letter file with the office letterhead, house style and logo, exactly as the app does', async () => {
    const services = await openServices(data.dir);
    services.settings.update({
      letterhead: { organisationEn: 'Embassy of Testland', address: '1 Test Street\nTestville', revision: 0 },
      houseStyle: { latinFont: 'Georgia', dateFormat: 'month-day-year', revision: 0 },
    });
    const emblem = await readFile(join(REPO_ROOT, 'tests', 'fixtures', 'settings', 'emblem.png'));
    services.settings.setLogo(emblem.toString('base64'), 1);

    for (const id of ['euobserver-rebuttal', 'formatting'] as const) {
      const output = join(data.dir, `${id}.docx`);
      const args = ['export', fixtureLetterPath(id), '--variant', 'bilingual', '-o', output];
      expect((await letterdesk(...args, '--data-dir', data.dir)).stderr).toBe('');
      const inApp = await services.exports.fromLetter(loadFixtureLetter(id), 'bilingual');
      // Byte for byte: exports are reproducible, whichever process makes them and when.
      const written = await readFile(output);
      expect(written.equals(Buffer.from(inApp.bytes))).toBe(true);
      const zip = await JSZip.loadAsync(written);
      expect(await zip.file('word/styles.xml')!.async('string')).toContain('Georgia');
      expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
    }
  });

  it('exports a letter file without creating a data folder, and leaves damaged settings for the app to set aside', async () => {
    const file = fixtureLetterPath('euobserver-rebuttal');
    const unused = join(data.dir, 'never-opened');
    const fresh = await letterdesk('export', file, '-o', join(data.dir, 'a.docx'), '--data-dir', unused);
    expect(fresh.code).toBe(0);
    expect(existsSync(unused)).toBe(false);

    await writeFile(join(data.dir, 'settings.json'), '{"letterhead": ');
    const damaged = await letterdesk('export', file, '-o', join(data.dir, 'b.docx'), '--data-dir', data.dir);
    expect(damaged.code).toBe(0);
    // Read-only: the app may have the folder open, so the command moves nothing.
    expect((await readdir(data.dir)).filter((name) => name.startsWith('settings.json'))).toEqual([
      'settings.json',
    ]);
  });

  it('explains bad usage and bad files, without a stack trace', async () => {
    const badVariant = await letterdesk(
      'export',
      letterId,
      '--variant',
      'pdf',
      '-o',
      'x.docx',
      '--data-dir',
      data.dir,
    );
    expect(badVariant.code).toBe(2);
    expect(badVariant.stderr).toContain('--variant must be one of: editor, bilingual, chinese.');

    const junk = join(data.dir, 'junk.json');
    await writeFile(junk, '{"hello": 1}');
    const badFile = await letterdesk('export', junk, '-o', join(data.dir, 'x.docx'));
    expect(badFile.code).toBe(1);
    expect(badFile.stderr).toMatch(/junk\.json is not a LetterDesk letter file: field "schemaVersion"/);
    expect(badFile.stderr).not.toMatch(/\n\s+at /);

    const noFolder = await letterdesk(
      'export',
      letterId,
      '--data-dir',
      data.dir,
      '-o',
      join(data.dir, 'missing', 'x.docx'),
    );
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/Could not save .*x\.docx: that folder does not exist any more/);
  });

  it('refuses to replace a read-only file, as it refuses a read-only folder, and leaves it as it was', async () => {
    const output = join(data.dir, 'sent.docx');
    await writeFile(output, 'the copy that was sent');
    await chmod(output, 0o444);
    const result = await letterdesk('export', letterId, '--data-dir', data.dir, '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Could not save .*sent\.docx: the file is read-only/);
    expect(await readFile(output, 'utf8')).toBe('the copy that was sent');
  });

  it('writes the document to standard output for -o -, with nothing else there and no file named "-"', async () => {
    const result = await run(
      ['export', letterId, '--data-dir', data.dir, '-o', '-'],
      { cwd: data.dir },
      'buffer',
    );
    expect(result.code).toBe(0);
    expect(result.stdout.subarray(0, 2).toString()).toBe('PK');
    expect(await docxText(result.stdout)).toContain('Dear Sir/Madam,');
    expect(result.stderr).toContain('Exported “Reply to EUobserver” (editor) to standard output');
    expect(existsSync(join(data.dir, '-'))).toBe(false);
  });

  it('never creates a data folder that does not exist: it says there is no library there', async () => {
    const missing = join(data.dir, 'no-such-library');
    for (const args of [
      ['export', letterId, '--data-dir', missing, '-o', join(data.dir, 'x.docx')],
      ['list', '--data-dir', missing],
    ]) {
      const result = await letterdesk(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`No LetterDesk library at ${missing}: that folder does not exist.`);
      expect(existsSync(missing)).toBe(false);
    }
  });

  it("gives exported files the user's usual permissions (umask); the library's own files stay private", async () => {
    for (const [umask, mode] of [
      ['022', 0o644],
      ['077', 0o600],
      ['002', 0o664],
    ] as const) {
      const output = join(data.dir, `umask-${umask}.docx`);
      expect(
        (await run(['export', letterId, '--data-dir', data.dir, '-o', output], { umask }, 'utf8')).code,
      ).toBe(0);
      expect((await stat(output)).mode & 0o777).toBe(mode);
    }
    expect((await stat(join(data.dir, 'letters', `${letterId}.json`))).mode & 0o777).toBe(0o600);
  });

  it('lists every export variant in the help', async () => {
    const { stdout } = await letterdesk('--help');
    expect(stdout).toContain('--variant editor|bilingual|chinese');
  });
});
