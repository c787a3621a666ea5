/**
 * The termbase as a TBX file (ISO 30042:2019, the TBX-Basic dialect in its
 * DCA style), which translation tools (Trados, memoQ, Phrase, OmegaT via a
 * converter) import. One `<conceptEntry>` per entry; Chinese and English in
 * their own `<langSec>`; the approved English terms are preferred (the first)
 * or admitted, the forbidden variants deprecated; the domain is the subject
 * field; who changed it when is a `<transacGrp>`. tbxRead.ts reads it back.
 */
import { stripInvalidXmlChars } from '../sanitize';
import type { TermEntry } from './termEntry';

/**
 * A conceptEntry id is an XML ID, which may not start with a digit, as
 * LetterDesk's ids do: written with this prefix, read back without it.
 */
export const TBX_ID_PREFIX = /^c(?=\d{8}T)/;

function xml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type Status = 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts';

function termSec(term: string, status: Status): string {
  return [
    '        <termSec>',
    `          <term>${xml(term)}</term>`,
    `          <termNote type="administrativeStatus">${status}</termNote>`,
    '        </termSec>',
  ].join('\n');
}

function langSec(language: 'zh' | 'en', terms: string[]): string {
  return [`      <langSec xml:lang="${language}">`, ...terms, '      </langSec>'].join('\n');
}

function conceptEntry(entry: TermEntry): string {
  const zh = entry.zh.map((term, index) =>
    termSec(term, index === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'),
  );
  const en = [
    ...entry.en.map((term, index) =>
      termSec(term, index === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'),
    ),
    ...entry.forbidden.map((term) => termSec(term, 'deprecatedTerm-admn-sts')),
  ];
  return [
    `    <conceptEntry id="c${xml(entry.id)}">`,
    `      <descrip type="subjectField">${entry.domain}</descrip>`,
    ...(entry.note ? [`      <note>${xml(entry.note)}</note>`] : []),
    ...(entry.source ? [`      <admin type="source">${xml(entry.source)}</admin>`] : []),
    '      <transacGrp>',
    '        <transac type="transactionType">modification</transac>',
    `        <date>${xml(entry.changedAt)}</date>`,
    ...(entry.changedBy
      ? [`        <transacNote type="responsibility">${xml(entry.changedBy)}</transacNote>`]
      : []),
    '      </transacGrp>',
    langSec('zh', zh),
    langSec('en', en),
    '    </conceptEntry>',
  ].join('\n');
}

export function writeTbx(entries: readonly TermEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>LetterDesk termbase</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...entries.map(conceptEntry),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}
