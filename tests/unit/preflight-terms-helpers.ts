/** Letters and a termbase for the cross-language preflight tests. */
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { runPreflight, type PreflightOptions, type TermLookup } from '../../core/preflight/runPreflight';
import type { TermEntry, TermHit } from '../../core/terms/termEntry';
import { loadFixtureLetter } from '../fixtures/loadLetter';

export function entry(fields: Partial<TermEntry> & Pick<TermEntry, 'zh' | 'en'>): TermEntry {
  return {
    id: `20260101T000000000-${fields.zh[0].length.toString(16).padStart(8, '0')}`,
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

/** A stand-in until core/terms/termMatcher.ts lands: plain substring search, whole English words. */
export function lookup(entries: TermEntry[]): TermLookup {
  return {
    entry: (id) => entries.find((e) => e.id === id),
    find(text, language) {
      const hits: TermHit[] = [];
      for (const e of entries) {
        const forms: Array<[string, TermHit['kind']]> =
          language === 'zh'
            ? e.zh.map((t) => [t, 'zh'])
            : [
                ...e.en.map((t): [string, TermHit['kind']] => [t, 'en']),
                ...e.forbidden.map((t): [string, TermHit['kind']] => [t, 'forbidden']),
              ];
        for (const [term, kind] of forms) {
          const flags = language === 'en' ? 'giu' : 'gu';
          const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const pattern = new RegExp(
            language === 'en' ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped,
            flags,
          );
          for (const m of text.matchAll(pattern))
            hits.push({ entryId: e.id, start: m.index, end: m.index + m[0].length, text: m[0], kind });
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    },
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
