/**
 * LibreOffice and Poppler from the command line, for checking that exported
 * files open and print: DOCX -> PDF in one headless LibreOffice run, then the
 * PDF's text, page sizes, pictures and fonts as Poppler reads them.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'pdfimages', 'pdffonts'] as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The tools this machine lacks (Debian: libreoffice-writer-nogui, poppler-utils). */
export function missingTools(): string[] {
  return TOOLS.filter((tool) => !onPath(tool));
}

/**
 * Converts the files to `format` (pdf, odt…) in one LibreOffice run (starting it
 * is the slow part) with a profile of its own, so a desktop LibreOffice that is
 * open, or a parallel run, does not get in the way. Returns the output path for each file.
 */
export async function convertWithLibreOffice(
  docxPaths: string[],
  outDir: string,
  format: string,
): Promise<Map<string, string>> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-letterdesk-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return new Map(
    docxPaths.map((path) => [path, join(outDir, basename(path).replace(/\.docx$/, `.${format}`))]),
  );
}

/** Converts the files to PDF in one LibreOffice run. Returns the PDF path for each file. */
export function convertToPdf(docxPaths: string[], outDir: string): Promise<Map<string, string>> {
  return convertWithLibreOffice(docxPaths, outDir, 'pdf');
}

/** The text of each page, laid out as printed (so a list's mark stays on its item's line). */
export async function pdfPagesText(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 });
  const pages = stdout.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

/** Each page's size in points. */
export async function pdfPageSizes(pdf: string): Promise<Array<{ width: number; height: number }>> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '100000', pdf]);
  return [...stdout.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The pictures drawn on each page (their soft masks left out), by page number from 1. */
export async function pdfImages(
  pdf: string,
): Promise<Array<{ page: number; width: number; height: number }>> {
  const { stdout } = await run('pdfimages', ['-list', pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

/** The names of the fonts embedded in the PDF, without their subset prefix. */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
}

/**
 * The text of an ODT's body as LibreOffice holds it once every tracked change
 * is accepted: ODF keeps inserted text in the body between change marks and
 * moves deleted text into `text:tracked-changes`, so the body without that
 * section, its marks and its annotations is the accepted document. One line
 * per non-empty paragraph or heading, spaces squeezed.
 */
export function odtAcceptedText(contentXml: string): string {
  const body = contentXml
    .replace(/<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/g, '')
    .replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, '')
    .replace(/<office:annotation-end\b[^>]*\/>/g, '');
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const paragraphs = [...body.matchAll(/<text:(p|h)\b[^>]*>([\s\S]*?)<\/text:\1>/g)].map((m) =>
    decode(
      m[2]
        .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
        .replace(/<text:(s|tab|line-break)\/>/g, ' ')
        .replace(/<[^>]+>/g, ''),
    )
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return paragraphs.filter(Boolean).join('\n');
}
