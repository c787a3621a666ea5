/** Letters and a termbase for the cross-language preflight tests. */
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { runPreflight, type PreflightOptions } from '../../core/preflight/runPreflight';
import type { TermEntry } from '../../core/terms/termEntry';
import { loadFixtureLetter } from '../fixtures/loadLetter';

let made = 0;

export function entry(fields: Partial<TermEntry> & Pick<TermEntry, 'zh' | 'en'>): TermEntry {
  return {
    id: `20260101T000000000-${(made += 1).toString(16).padStart(8, '0')}`,
    revision: 1,
    forbidden: [],
    note: '',
    source: '',
    domain: 'policy',
    changedBy: '',
    changedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

export const para = (text: string) => paragraphNode([textNode(text)]);

export function letterOf(preface: string[], body: string[], fields: Partial<Letter['fields']> = {}): Letter {
  const base = loadFixtureLetter('formatting');
  return {
    ...base,
    salutation: 'Dear Sir/Madam,',
    closing: 'Yours faithfully,',
    fields: { ...base.fields, publication: 'EUobserver', publicationZh: '欧盟观察网', ...fields },
    preface: editorDoc(preface.map(para)),
    body: editorDoc(body.map(para)),
  };
}

export const OPTIONS: PreflightOptions = { variant: 'bilingual', wordLimit: null, prefaceCharLimit: 1000 };

export function problems(letter: Letter, rule: string, options: Partial<PreflightOptions> = {}) {
  return runPreflight(letter, { ...OPTIONS, ...options }).filter((p) => p.rule.startsWith(rule));
}
