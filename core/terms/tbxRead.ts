/**
 * Reads a TBX file (ISO 30042) into raw entries: the 2019 form
 * (`<tbx>` → `<conceptEntry>` → `<langSec>` → `<termSec>`), which LetterDesk
 * writes (tbxWrite.ts), and the 2008 form the translation tools still write
 * (`<martif>` → `<termEntry>` → `<langSet>` → `<tig>`, or memoQ's
 * `<ntig><termGrp>`). Elements are matched by local name, so a namespaced
 * file (xmlns="urn:iso:std:iso:30042:ed-2") reads like a plain one.
 *
 * Streamed, with saxes: the text is fed to the parser in slices, and the
 * reader is a generator that pauses after each one, so the main process can
 * answer other requests while a 20 MB file is read (see runInSlices). Only
 * the entry being read is held as a tree (a few elements), not the whole
 * document: a DOM of a 10,000-entry file took xmldom 3 s and the thread with it.
 *
 * Hostile input: an internal DTD subset or any entity declaration is refused
 * before the parser sees the text. saxes loads no external entity or DTD and
 * expands no entity a DTD declares, but an internal subset is where an
 * entity bomb ("billion laughs") and an external entity (XXE) are declared,
 * and a termbase needs neither; a reference to an entity never declared is
 * malformed XML. Malformed XML is a problem with its line and column, and the
 * entry count is capped before any entry is read.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { wording, type Wording } from '../i18n/wording';
import { runToEnd } from '../runToEnd';
import { TERM_LIMITS } from './termEntry';
import type { RawTerm } from './termFileEntries';
import { clip, termFileMessages as m } from './termFileProblems';
import { TBX_ID_PREFIX } from './tbxWrite';

/**
 * An internal DTD subset (`<!DOCTYPE tbx [ … ]>`) or an entity declaration,
 * anywhere (also inside a comment: refusing a rare false alarm is safer than
 * parsing one). A DOCTYPE naming only an external DTD stays allowed: the
 * translate-toolkit (Weblate, Pootle) and older tools write
 * `<!DOCTYPE martif PUBLIC "…" "TBXcdv04.dtd">`, and saxes never loads it.
 */
const DECLARATION = /<!\s*DOCTYPE[^>[]*\[|<!\s*ENTITY/i;

/** How much text the parser is given between pauses: 64 K characters take it a few milliseconds. */
export const TBX_SLICE_CHARS = 64 * 1024;

export type TbxRead = { ok: true; raws: RawTerm[] } | { ok: false; problems: Wording[] };

/** 'zh' for zh, zh-CN, zh-Hans, zh_cn…; 'en' for en, en-GB, en-US…; null for any other language. */
export function termLanguage(tag: string): 'zh' | 'en' | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'en' ? primary : null;
}

/**
 * An element of the entry being read: its local name, its attributes by
 * qualified name (`type`, `xml:lang`), and its children (text, CDATA
 * included, as strings).
 */
interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Array<Element | string>;
}

function children(element: Element, ...names: string[]): Element[] {
  return element.children.filter(
    (child): child is Element => typeof child !== 'string' && names.includes(child.name),
  );
}

/** The elements named `names` below `element`, in document order, not looking inside one found. */
function descendants(element: Element, names: readonly string[]): Element[] {
  const found: Element[] = [];
  const stack = [...element.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') continue;
    if (names.includes(node.name)) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

/** All the text below `element` (inline markup such as `<hi>` included), as written. */
function textAsIs(element: Element): string {
  let out = '';
  const stack: Array<Element | string> = [element];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.trim();
}

/** The element's text with runs of white space made one: a term. */
function text(element: Element): string {
  return textAsIs(element).replace(/\s+/g, ' ');
}

function typed(element: Element, name: string, type: string): Element[] {
  // A descrip may sit in a descripGrp (with its source or note), and so may an admin.
  const grouped = children(element, `${name}Grp`).flatMap((group) => children(group, name));
  return [...children(element, name), ...grouped].filter((child) => child.attributes.type === type);
}

/** xml:lang (saxes binds the `xml` prefix to the XML namespace, as the standard says), else a plain `lang`. */
function languageOf(element: Element): string {
  return element.attributes['xml:lang'] ?? element.attributes.lang ?? '';
}

/** The status a term's termNote gives: TBX-Basic's administrativeStatus or TBX 2008's normativeAuthorization. */
function statusOf(termSec: Element): 'preferred' | 'admitted' | 'deprecated' {
  const notes = descendants(termSec, ['termNote']).filter((note) =>
    ['administrativeStatus', 'normativeAuthorization'].includes(note.attributes.type ?? ''),
  );
  const value = notes.length ? text(notes[0]).toLowerCase() : '';
  // TBX-Basic's deprecatedTerm-admn-sts and supersededTerm-admn-sts; TBX 2008's deprecatedTerm; Weblate's forbidden, obsolete.
  if (/^(deprecated|superseded|forbidden|obsolete)/.test(value)) return 'deprecated';
  if (value.startsWith('admitted')) return 'admitted';
  return 'preferred';
}

interface LanguageTerms {
  preferred: string[];
  admitted: string[];
  deprecated: string[];
}

function readEntry(entry: Element, index: number): RawTerm {
  const id = entry.attributes.id ?? '';
  const place = { tbx: `${entry.name} ${index}${id ? ` (id ${clip(id)})` : ''}` };
  const terms: Record<'zh' | 'en', LanguageTerms> = {
    zh: { preferred: [], admitted: [], deprecated: [] },
    en: { preferred: [], admitted: [], deprecated: [] },
  };
  for (const langSec of children(entry, 'langSec', 'langSet')) {
    const language = termLanguage(languageOf(langSec));
    if (!language) continue;
    for (const termSec of children(langSec, 'termSec', 'tig', 'ntig')) {
      const term = descendants(termSec, ['term'])[0];
      if (term) terms[language][statusOf(termSec)].push(text(term));
    }
  }
  const source = [
    ...typed(entry, 'admin', 'source'),
    ...typed(entry, 'descrip', 'source'),
    ...children(entry, 'xref'),
  ].map((element) => textAsIs(element) || (element.attributes.target ?? ''));
  const change = children(entry, 'transacGrp').at(-1);
  const changeParts = change ? children(change, 'transacNote', 'date') : [];
  return {
    place,
    id: id.replace(TBX_ID_PREFIX, ''),
    // A deprecated Chinese form has no place of its own in an entry; the Chinese terms are what the matcher finds.
    zh: [...terms.zh.preferred, ...terms.zh.admitted],
    en: [...terms.en.preferred, ...terms.en.admitted],
    forbidden: terms.en.deprecated,
    note: children(entry, 'note').map(textAsIs).filter(Boolean).join('\n'),
    source: source.find(Boolean) ?? '',
    domain: typed(entry, 'descrip', 'subjectField').map(text)[0] ?? '',
    changedBy: changeParts.filter((part) => part.name === 'transacNote').map(text)[0] ?? '',
    changedAt: changeParts.filter((part) => part.name === 'date').map(text)[0] ?? '',
  };
}

/** Entry start tags, counted in the text: too many are refused before the parser runs. */
const ENTRY_TAG = /<(?:[\w.-]+:)?(?:conceptEntry|termEntry)[\s/>]/g;
const ENTRY = ['conceptEntry', 'termEntry'];

const tooManyEntries = (count: number): TbxRead => ({
  ok: false,
  problems: [wording(m.tooManyEntries, { count, max: TERM_LIMITS.entries })],
});

/** Thrown from the parser's handlers to stop it: the file is refused with `read`. */
class Refused {
  constructor(readonly read: TbxRead) {}
}

/**
 * What the parser says is wrong, with its line and column (saxes puts them
 * before the message; they are the problem's own values here). A close tag
 * that closes the wrong element and an undeclared entity are named from the
 * text just read, as saxes does not name them.
 */
function malformed(xml: string, parser: SaxesParser, error: Error, lastClosed: string): TbxRead {
  let detail = error.message.replace(/^\d+:\d+: /, '');
  const at = parser.position;
  const before = (start: string) => xml.slice(xml.lastIndexOf(start, at - 1), at);
  if (detail === 'unexpected close tag.') {
    const closed = /^<\/([^\s>]*)/.exec(before('</'))?.[1];
    if (closed && lastClosed) detail = `the end tag </${closed}> closes <${lastClosed}>`;
  } else if (detail === 'undefined entity.') {
    const entity = /^&[^\s&;]*;$/.exec(before('&'))?.[0];
    if (entity) detail = `the entity ${entity} is not defined`;
  }
  return {
    ok: false,
    problems: [
      wording(m.badXml, {
        line: parser.line,
        // saxes counts from 0 the column of the character after the fault: the fault's own, counted from 1.
        column: Math.max(parser.column, 1),
        detail: clip(detail, 200),
      }),
    ],
  };
}

/**
 * Reads the file, pausing (`yield`) after each TBX_SLICE_CHARS of text given
 * to the parser: drive it with runInSlices (electron/services/yieldToEventLoop.ts)
 * or readTbx.
 */
export function* readTbxSteps(xml: string, sliceChars = TBX_SLICE_CHARS): Generator<void, TbxRead, void> {
  if (DECLARATION.test(xml)) return { ok: false, problems: [wording(m.doctype)] };
  const tags = xml.match(ENTRY_TAG)?.length ?? 0;
  if (tags > TERM_LIMITS.entries) return tooManyEntries(tags);

  const raws: RawTerm[] = [];
  /** The open elements of the entry being read, outermost first; empty outside an entry. */
  const open: Element[] = [];
  let depth = 0;
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth += 1;
    if (depth === 1 && !['tbx', 'martif'].includes(tag.local))
      throw new Refused({ ok: false, problems: [wording(m.notTbx, { root: clip(tag.local) })] });
    if (!open.length && !ENTRY.includes(tag.local)) return;
    // An entry's count is checked as it opens: one too many stops the parser (an entry tag the count above missed).
    if (!open.length && raws.length >= TERM_LIMITS.entries)
      throw new Refused(tooManyEntries(raws.length + 1));
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const element: Element = { name: tag.local, attributes, children: [] };
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  const addText = (data: string) => open.at(-1)?.children.push(data);
  parser.on('text', addText);
  parser.on('cdata', addText);
  /** The element the last end tag closed: when it is the wrong one, saxes says so without naming either. */
  let lastClosed = '';
  parser.on('closetag', (tag) => {
    depth -= 1;
    lastClosed = tag.name;
    const element = open.pop();
    if (element && !open.length) raws.push(readEntry(element, raws.length + 1));
  });

  try {
    for (let start = 0; start < xml.length; start += sliceChars) {
      parser.write(xml.slice(start, start + sliceChars));
      yield;
    }
    parser.close();
  } catch (error) {
    if (error instanceof Refused) return error.read;
    return malformed(xml, parser, error as Error, lastClosed);
  }
  return { ok: true, raws };
}

/** The same read, all at once (a small file, a test). */
export function readTbx(xml: string): TbxRead {
  return runToEnd(readTbxSteps(xml));
}
