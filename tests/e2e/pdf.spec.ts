/**
 * The PDF copy, printed by Debian Chromium from the real browser-mode server's
 * print page, then read back with poppler's pdftotext: A4, the house margins,
 * and the letter's parts in print order. The page is fetched through the API
 * from here; the export button itself belongs to the UI tests.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { AppServer } from './appServer';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;

let app: AppServer;

test.beforeEach(async () => {
  test.skip(
    !hasPoppler,
    'pdftotext is not installed (Debian: apt-get install poppler-utils); cannot read the PDF back.',
  );
  app = await AppServer.start();
});
test.afterEach(async () => {
  await app?.dispose();
});

/** One API call, as the renderer makes it: the token in a header. */
async function api<T>(name: string, input: unknown): Promise<T> {
  const url = new URL(app.url);
  const response = await fetch(new URL(`/api/${name}`, url.origin), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-LetterDesk-Token': url.searchParams.get('token') ?? '',
    },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value;
}

async function createLetter(): Promise<string> {
  await api('settings.update', {
    update: {
      letterhead: { organisationEn: 'Embassy of the People’s Republic of China in Belgium', revision: 0 },
    },
  });
  const { defaultRevision } = await api<{ defaultRevision: number }>('signatories.save', {
    signatory: {
      id: 'wang',
      nameEn: 'Wang Lei',
      titleEn: 'Press Counsellor',
      organisationEn: 'Embassy of China',
      revision: 0,
    },
  });
  await api('signatories.setDefault', { id: 'wang', revision: defaultRevision });
  const letter = await api<{ id: string }>('letters.create', {
    templateId: 'letter-to-the-editor-rebuttal',
    fields: {
      publication: 'EUobserver',
      publicationZh: '欧盟观察网',
      articleTitle: 'Belgium’s ports and the China question',
      articleDate: '2020-05-06',
    },
  });
  return letter.id;
}

const pdftotext = (path: string, ...args: string[]) =>
  spawnSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' }).stdout;

/** Opens the print page and prints it as the user's Print → Save as PDF would. */
async function printToPdf(page: Page, id: string, variant: 'editor' | 'bilingual') {
  const result = await api<{ status: string; url: string; fileName: string }>('export.pdf', { id, variant });
  expect(result.status).toBe('print');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(new URL(result.url, app.url).href);
  expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
  const path = test.info().outputPath(result.fileName);
  await writeFile(path, await page.pdf({ format: 'A4' }));
  // The one style block is allowed by its hash: the page is styled, and nothing was refused.
  expect(violations).toEqual([]);
  return { path, fileName: result.fileName, text: pdftotext(path) };
}

function expectInOrder(text: string, parts: string[]) {
  const flat = text.replace(/\s+/g, ' ');
  const positions = parts.map((part) => flat.indexOf(part));
  positions.forEach((position, i) => expect(position, `“${parts[i]}” is missing`).toBeGreaterThanOrEqual(0));
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

test('the letter for the editor prints to A4 with its parts in order', async ({ page }) => {
  const { path, fileName, text } = await printToPdf(page, await createLetter(), 'editor');
  expect(fileName).toMatch(/^\d{4}-\d{2}-\d{2} EUobserver letter\.pdf$/);
  expectInOrder(text, [
    'Embassy of the People’s Republic of China in Belgium',
    'The Editor, EUobserver',
    'Dear Sir/Madam,',
    'has taken note of the article “Belgium’s ports and the China question”, published in EUobserver on 6 May 2020',
    'Yours sincerely,',
    'Wang Lei',
    'Press Counsellor',
  ]);
  expect(text).not.toMatch(/[\u4e00-\u9fff]/);

  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  // A4 is 595.3 × 841.9 pt; Chromium rounds to whole pixels.
  expect(Math.abs(Number(width) - 595.3)).toBeLessThan(2);
  expect(Math.abs(Number(height) - 841.9)).toBeLessThan(2);
  // Text starts at the 2.5 cm (70.9 pt) margin set by the page's own @page rule.
  const lefts = [...pdftotext(path, '-bbox').matchAll(/<word xMin="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(Math.min(...lefts)).toBeGreaterThan(68);
  expect(Math.min(...lefts)).toBeLessThan(74);
});

test('the bilingual copy prints the Chinese headline and preface first, then the letter on a new page', async ({
  page,
}) => {
  const { path, text } = await printToPdf(page, await createLetter(), 'bilingual');
  expectInOrder(text, [
    '《欧盟观察网》刊登',
    '5月6日《欧盟观察网》发表题为',
    'Dear Sir/Madam,',
    'has taken note',
    'Yours sincerely,',
    'Wang Lei',
  ]);
  const firstPage = pdftotext(path, '-f', '1', '-l', '1');
  expect(firstPage).toContain('《欧盟观察网》刊登');
  expect(firstPage).not.toContain('Dear Sir/Madam,');
  expect(pdftotext(path, '-f', '2', '-l', '2')).toContain('Dear Sir/Madam,');
});
