/**
 * Reading a letter's text, in process: everything core/document/ serves apart
 * from the DOCX (timed on its own) — the text and HTML copies an email carries,
 * the preflight and the search's text — on one long letter.
 */
import { docToPlainText } from '../core/document/plainText';
import type { Letter } from '../core/letter';
import { letterToHtmlFragment } from '../core/letterHtml';
import { letterToPlainText } from '../core/letterText';
import { runPreflight } from '../core/preflight/runPreflight';
import { defaultSettings } from '../core/settings';
import { median, timeRuns } from './stats';

export interface TextFigures {
  textCopyMs: number;
  htmlCopyMs: number;
  preflightMs: number;
  searchTextMs: number;
}

export async function textFigures(letter: Letter, runs: number): Promise<TextFigures> {
  const settings = defaultSettings();
  const preflight = () =>
    runPreflight(letter, { variant: 'bilingual', wordLimit: 250, prefaceCharLimit: 800 });
  const searchText = () =>
    docToPlainText(letter.body, (key) => key) + docToPlainText(letter.preface, (key) => key);
  const time = async (task: () => unknown) => {
    task(); // warm-up
    return median(await timeRuns(runs, task));
  };
  return {
    textCopyMs: await time(() => letterToPlainText(letter, settings)),
    htmlCopyMs: await time(() => letterToHtmlFragment(letter, settings)),
    preflightMs: await time(preflight),
    searchTextMs: await time(searchText),
  };
}
