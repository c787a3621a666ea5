/**
 * What a refused term file is told: each problem worded with its place, the
 * TBX element (`conceptEntry 12 (id c12)`, the file's own names, which stay as
 * they are in any language) or the CSV row (worded: "Row 5" / "第 5 行").
 */
import { defineMessages, wording, type MessageDescriptor, type Wording } from '../i18n/wording';

/** Where a problem is: a TBX entry named as the file names it, or a CSV row (1-based, the header being row 1, as a spreadsheet counts). */
export type TermPlace = { tbx: string } | { line: number };

export const termFileMessages = defineMessages({
  tooLarge: {
    id: 'terms.file.problem.tooLarge',
    defaultMessage:
      '(file): the file is {size, number, ::.0} MB; a term file may be at most {max, number, ::.0} MB',
  },
  notBase64: {
    id: 'terms.file.problem.notBase64',
    defaultMessage: '(file): the file arrived damaged (not base64). Choose it again.',
  },
  empty: { id: 'terms.file.problem.empty', defaultMessage: '(file): the file is empty' },
  notUtf8: {
    id: 'terms.file.problem.notUtf8',
    defaultMessage:
      '(file): the file is not UTF-8. In Excel, save it as “CSV UTF-8”; a TBX file must be UTF-8 or UTF-16.',
  },
  doctype: {
    id: 'terms.file.problem.doctype',
    defaultMessage:
      '(file): the file declares its own DTD or entities, which LetterDesk does not read (they can make a small file grow without end or read other files). Export it again without them.',
  },
  badXml: {
    id: 'terms.file.problem.badXml',
    defaultMessage: 'Line {line}, column {column}: the XML is not well formed ({detail})',
  },
  notTbx: {
    id: 'terms.file.problem.notTbx',
    defaultMessage: '(file): the XML is not TBX (its root element is “{root}”, expected “tbx” or “martif”)',
  },
  tooManyEntries: {
    id: 'terms.file.problem.tooManyEntries',
    defaultMessage: '(file): the file has {count, number} entries; a termbase may hold at most {max, number}',
  },
  csvSyntax: {
    id: 'terms.file.problem.csvSyntax',
    defaultMessage: 'Row {line}: {detail}',
  },
  missingColumn: {
    id: 'terms.file.problem.missingColumn',
    defaultMessage:
      '(file): the header row has no “{column}” column; the first row must name the columns ({columns})',
  },
  unknownColumn: {
    id: 'terms.file.problem.unknownColumn',
    defaultMessage: '(file): unknown column “{column}” in the header row; the columns are {columns}',
  },
  duplicateColumn: {
    id: 'terms.file.problem.duplicateColumn',
    defaultMessage: '(file): the column “{column}” appears more than once in the header row',
  },
  noChinese: {
    id: 'terms.file.problem.noChinese',
    defaultMessage: '{line, plural, =0 {{place}} other {Row #}}: no Chinese term',
  },
  noEnglish: {
    id: 'terms.file.problem.noEnglish',
    defaultMessage: '{line, plural, =0 {{place}} other {Row #}}: no approved English term',
  },
  textTooLong: {
    id: 'terms.file.problem.textTooLong',
    defaultMessage:
      '{line, plural, =0 {{place}} other {Row #}}: {field} is longer than {max, number} characters',
  },
  tooManyTerms: {
    id: 'terms.file.problem.tooManyTerms',
    defaultMessage: '{line, plural, =0 {{place}} other {Row #}}: more than {max, number} terms in {field}',
  },
  badDomain: {
    id: 'terms.file.problem.badDomain',
    defaultMessage:
      '{line, plural, =0 {{place}} other {Row #}}: unknown domain “{value}”; expected one of {domains}',
  },
  duplicateId: {
    id: 'terms.file.problem.duplicateId',
    defaultMessage:
      '{line, plural, =0 {{place}} other {Row #}}: the id “{value}” appears more than once in the file',
  },
});

/** A problem at a place: `line` 0 selects the TBX place's own text. */
export function problemAt(
  message: MessageDescriptor,
  place: TermPlace,
  values: Record<string, string | number> = {},
): Wording {
  return wording(message, {
    ...values,
    line: 'line' in place ? place.line : 0,
    place: 'tbx' in place ? place.tbx : '',
  });
}

/** What a problem quotes from the file, cut to `max` characters: a header cell may be megabytes long. */
export function clip(text: string, max = 40): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
