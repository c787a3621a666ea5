/** Export figure, in process: building the DOCX bytes, without process start or disk. */
import { buildLetterDocx } from '../core/docx/buildLetterDocx';
import { docToPlainText } from '../core/document/plainText';
import type { Letter } from '../core/letter';
import { median, timeRuns } from './stats';

export async function docxMedianMs(letter: Letter, runs: number): Promise<number> {
  await buildLetterDocx(letter, 'editor'); // warm-up: module and font tables
  return median(await timeRuns(runs, () => buildLetterDocx(letter, 'editor')));
}

/** The English letter's text as Markdown, so pandoc converts the same words. */
export function letterMarkdown(letter: Letter): string {
  const body = docToPlainText(letter.body, (key) => key)
    .split('\n')
    .filter((line) => line.trim());
  return [letter.salutation, ...body, letter.closing].join('\n\n') + '\n';
}
