/**
 * DOCX import, in process, without disk: a 30-page letter (the three-page
 * fixture's English letter ten times over, with its Chinese preface), made by
 * the normal bilingual DOCX export and read back as "New letter from DOCX…"
 * reads it, through the main process's entry (core/import/docxImportEntry.js).
 * The first import also loads mammoth, happy-dom and Lexical's headless
 * editor, which nothing else loads: it is reported on its own; the median is
 * of the imports after it.
 */
import { performance } from 'node:perf_hooks';
import { buildLetterDocx } from '../core/docx/buildLetterDocx';
import { importDocx } from '../core/import/docxImportEntry';
import type { Letter } from '../core/letter';
import { parseLetter } from '../core/schemas/letter';
import { defaultSettings } from '../core/settings';
import threePage from '../tests/fixtures/letters/three-page.json';
import { median, timeRuns } from './stats';

/** The three-page fixture is three pages long; ten copies of its text make thirty. */
const COPIES = 10;

export interface DocxImportFigures {
  /** The DOCX's size, for the record. */
  bytes: number;
  /** The first import, loading the import's libraries. */
  firstMs: number;
  /** The median of the next `runs` imports. */
  medianMs: number;
}

function longLetter(): Letter {
  const letter = parseLetter(threePage);
  const children = Array.from({ length: COPIES }, () => letter.body.root.children).flat();
  return { ...letter, body: { root: { ...letter.body.root, children } } };
}

export async function importMedianMs(runs: number): Promise<DocxImportFigures> {
  const bytes = await buildLetterDocx(longLetter(), 'bilingual');
  const options = { settings: defaultSettings(), now: new Date('2026-01-01T00:00:00Z') };
  const start = performance.now();
  await importDocx(bytes, options);
  const firstMs = performance.now() - start;
  const medianMs = median(await timeRuns(runs, () => importDocx(bytes, options)));
  return { bytes: bytes.length, firstMs, medianMs };
}
