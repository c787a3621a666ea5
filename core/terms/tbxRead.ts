/**
 * Reads a TBX file (ISO 30042) into raw entries: the 2019 form
 * (`<tbx>` → `<conceptEntry>` → `<langSec>` → `<termSec>`), which LetterDesk
 * writes (tbxWrite.ts), and the 2008 form the translation tools still write
 * (`<martif>` → `<termEntry>` → `<langSet>` → `<tig>`, or memoQ's
 * `<ntig><termGrp>`). Elements are matched by local name, so a namespaced
 * file (xmlns="urn:iso:std:iso:30042:ed-2") reads like a plain one.
 *
 * Hostile input: an internal DTD subset or any entity declaration is refused
 * before the parser sees the text. xmldom loads no external entity or DTD
 * anyway, but an internal subset is where an entity bomb ("billion laughs")
 * and an external entity (XXE) are declared, and a termbase needs neither; a
 * reference to an entity never declared is malformed XML. Malformed XML is a
 * problem with its line and column, and the entry count is capped before any
 * entry is read.
 */
import { DOMParser, ParseError, type Element, type Node, type Text } from '@xmldom/xmldom';
import { wording, type Wording } from '../i18n/wording';
import { TERM_LIMITS } from './termEntry';
import type { RawTerm } from './termFileEntries';
import { termFileMessages as m } from './termFileProblems';
import { TBX_ID_PREFIX } from './tbxWrite';

/**
 * An internal DTD subset (`<!DOCTYPE tbx [ … ]>`) or an entity declaration,
 * anywhere (also inside a comment: refusing a rare false alarm is safer than
 * parsing one). A DOCTYPE naming only an external DTD stays allowed: the
 * translate-toolkit (Weblate, Pootle) and older tools write
 * `<!DOCTYPE martif PUBLIC "…" "TBXcdv04.dtd">`, and xmldom never loads it.
 */
const DECLARATION = /<!\s*DOCTYPE[^>[]*\[|<!\s*ENTITY/i;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export type TbxRead = { ok: true; raws: RawTerm[] } | { ok: false; problems: Wording[] };

/** 'zh' for zh, zh-CN, zh-Hans, zh_cn…; 'en' for en, en-GB, en-US…; null for any other language. */
export function termLanguage(tag: string): 'zh' | 'en' | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'en' ? primary : null;
}

function children(element: Element, ...names: string[]): Element[] {
  const found: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling)
    if (child.nodeType === child.ELEMENT_NODE && names.includes((child as Element).localName ?? ''))
      found.push(child as Element);
  return found;
}

/**
 * The elements named `names` below `element`, in document order, not looking
 * inside one found. Walked here, with a stack and within the subtree: xmldom's
 * getElementsByTagNameNS and textContent were quadratic on a 10,000-entry file.
 */
function descendants(element: Element, names: readonly string[]): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [];
  for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    if (names.includes((node as Element).localName ?? '')) {
      found.push(node as Element);
      continue;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}

/** All the text below `element` (inline markup such as `<hi>` included), as written. */
function textAsIs(element: Element): string {
  let out = '';
  const stack: Node[] = [element];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE)
      out += (node as Text).data;
    else for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
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
  return [...children(element, name), ...grouped].filter((child) => child.getAttribute('type') === type);
}

function languageOf(element: Element): string {
  return (
    element.getAttributeNS(XML_NS, 'lang') ??
    element.getAttribute('xml:lang') ??
    element.getAttribute('lang') ??
    ''
  );
}

/** The status a term's termNote gives: TBX-Basic's administrativeStatus or TBX 2008's normativeAuthorization. */
function statusOf(termSec: Element): 'preferred' | 'admitted' | 'deprecated' {
  const notes = descendants(termSec, ['termNote']).filter((note) =>
    ['administrativeStatus', 'normativeAuthorization'].includes(note.getAttribute('type') ?? ''),
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
  const id = entry.getAttribute('id') ?? '';
  const place = { tbx: `${entry.localName} ${index}${id ? ` (id ${id})` : ''}` };
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
  ].map((element) => textAsIs(element) || (element.getAttribute('target') ?? ''));
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
    changedBy: changeParts.filter((part) => part.localName === 'transacNote').map(text)[0] ?? '',
    changedAt: changeParts.filter((part) => part.localName === 'date').map(text)[0] ?? '',
  };
}

/** Entry start tags, counted in the text: too many are refused before the parser (the slow part) runs. */
const ENTRY_TAG = /<(?:[\w.-]+:)?(?:conceptEntry|termEntry)[\s/>]/g;

const tooManyEntries = (count: number): TbxRead => ({
  ok: false,
  problems: [wording(m.tooManyEntries, { count, max: TERM_LIMITS.entries })],
});

export function readTbx(xml: string): TbxRead {
  if (DECLARATION.test(xml)) return { ok: false, problems: [wording(m.doctype)] };
  const tags = xml.match(ENTRY_TAG)?.length ?? 0;
  if (tags > TERM_LIMITS.entries) return tooManyEntries(tags);
  let fault = '';
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        fault = message;
        throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    const locator = (error as ParseError).locator as
      { lineNumber?: number; columnNumber?: number } | undefined;
    return {
      ok: false,
      problems: [
        wording(m.badXml, {
          line: locator?.lineNumber ?? 1,
          column: locator?.columnNumber ?? 1,
          detail: fault || (error as Error).message,
        }),
      ],
    };
  }
  const root = doc.documentElement;
  if (!root || !['tbx', 'martif'].includes(root.localName ?? ''))
    return { ok: false, problems: [wording(m.notTbx, { root: root?.localName ?? '' })] };
  const entries = descendants(root, ['conceptEntry', 'termEntry']);
  if (entries.length > TERM_LIMITS.entries) return tooManyEntries(entries.length);
  return { ok: true, raws: entries.map((entry, index) => readEntry(entry, index + 1)) };
}
