/**
 * The entries a term file holds, as read (TBX or CSV), checked one by one
 * against the termbase's own limits (core/schemas/term.ts): every problem is
 * listed with its place, and a file with any problem imports nothing.
 */
import { runToEnd } from '../runToEnd';
import { tooMany } from '../tooMany';
import { VERSION_ID } from '../history/versionId';
import { wording, type Wording } from '../i18n/wording';
import { TERM_DOMAINS, TERM_LIMITS, type TermDomain, type TermFields } from './termEntry';
import { clip, problemAt, termFileMessages as m, type TermPlace } from './termFileProblems';

/** One entry as a file gives it, before any check. */
export interface RawTerm {
  place: TermPlace;
  /** The file's id for the entry; kept only when it is a LetterDesk id. */
  id: string;
  zh: string[];
  en: string[];
  forbidden: string[];
  note: string;
  source: string;
  /** '' when the file gives none ('other'). */
  domain: string;
  changedBy: string;
  /** Any date or time the file gives; '' when none. */
  changedAt: string;
}

/** An entry ready to store: its fields, and its id and change stamp when the file carries LetterDesk's own. */
export interface ImportedTerm {
  /** A LetterDesk id from the file (an entry exported by LetterDesk), or null for a new one. */
  id: string | null;
  fields: TermFields;
  changedBy: string;
  /** ISO time, or null when the file gives none (the import's time is used). */
  changedAt: string | null;
}

export type TermFileRead = { ok: true; terms: ImportedTerm[] } | { ok: false; problems: Wording[] };

/** Terms as a list: trimmed, empty ones and repeats dropped. */
function cleanTerms(terms: readonly string[]): string[] {
  return [...new Set(terms.map((term) => term.trim()).filter(Boolean))];
}

/** An ISO time from what a file gives ("2026-05-03", "2026-05-03T10:00:00Z"), or null. */
function isoTime(text: string): string | null {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return null;
  const time = new Date(value.length === 10 ? `${value}T00:00:00Z` : value.replace(' ', 'T'));
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** One entry's problems, or the entry. */
function checkRawTerm(raw: RawTerm): { term: ImportedTerm | null; problems: Wording[] } {
  const problems: Wording[] = [];
  const at = (message: Parameters<typeof problemAt>[0], values?: Record<string, string | number>) =>
    problems.push(problemAt(message, raw.place, values));
  const lists = { zh: cleanTerms(raw.zh), en: cleanTerms(raw.en), forbidden: cleanTerms(raw.forbidden) };
  if (!lists.zh.length) at(m.noChinese);
  if (!lists.en.length) at(m.noEnglish);
  for (const field of ['zh', 'en', 'forbidden'] as const) {
    if (lists[field].length > TERM_LIMITS.perLanguage)
      at(m.tooManyTerms, { field, max: TERM_LIMITS.perLanguage });
    if (lists[field].some((term) => term.length > TERM_LIMITS.term))
      at(m.textTooLong, { field, max: TERM_LIMITS.term });
  }
  const note = raw.note.trim();
  const source = raw.source.trim();
  if (note.length > TERM_LIMITS.note) at(m.textTooLong, { field: 'note', max: TERM_LIMITS.note });
  if (source.length > TERM_LIMITS.source) at(m.textTooLong, { field: 'source', max: TERM_LIMITS.source });
  const domain = (raw.domain.trim().toLowerCase() || 'other') as TermDomain;
  if (!TERM_DOMAINS.includes(domain))
    at(m.badDomain, { value: clip(raw.domain.trim()), domains: TERM_DOMAINS.join(', ') });
  if (problems.length) return { term: null, problems };
  const id = raw.id.trim();
  return {
    term: {
      id: VERSION_ID.test(id) ? id : null,
      fields: { ...lists, note, source, domain },
      changedBy: raw.changedBy.trim().slice(0, TERM_LIMITS.changedBy),
      changedAt: isoTime(raw.changedAt),
    },
    problems,
  };
}

/** Every entry checked, and each LetterDesk id used once; the first problems are the ones listed. */
export function checkRawTerms(raws: readonly RawTerm[]): TermFileRead {
  return runToEnd(checkRawTermsSteps(raws));
}

/** The same check, pausing (`yield`) after each entry, so the main process can serve others meanwhile (runInSlices). */
export function* checkRawTermsSteps(raws: readonly RawTerm[]): Generator<void, TermFileRead, void> {
  if (raws.length > TERM_LIMITS.entries)
    return {
      ok: false,
      problems: [wording(m.tooManyEntries, { count: raws.length, max: TERM_LIMITS.entries })],
    };
  const problems: Wording[] = [];
  const terms: ImportedTerm[] = [];
  const ids = new Set<string>();
  for (const raw of raws) {
    const checked = checkRawTerm(raw);
    problems.push(...checked.problems);
    if (!checked.term) continue;
    const { id } = checked.term;
    if (id !== null && ids.has(id)) problems.push(problemAt(m.duplicateId, raw.place, { value: clip(id) }));
    if (id !== null) ids.add(id);
    terms.push(checked.term);
    yield;
  }
  return problems.length ? { ok: false, problems: tooMany(problems) } : { ok: true, terms };
}
