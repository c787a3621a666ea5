/**
 * What an import did with the file, shown after every import: the parts of
 * the letter recognised, and everything the file held that a letter cannot
 * hold as it was (tracked changes, tables, text boxes, pictures, notes, Word
 * comments that found no text). Nothing is dropped without being said here.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { RECOGNISED_PARTS, type ImportReport, type RecognisedPart } from '../../../core/import/docxImport';
import { defineMessages } from '../../../core/i18n/wording';
import { Dialog } from '../ui/Dialog';
import { CloseActions } from '../ui/CloseActions';

export interface ImportSummary {
  /** A new letter, or a new version of the open letter. */
  made: 'letter' | 'version';
  fileName: string;
  /** The letter's title as the library shows it (user content). */
  title: string;
  report: ImportReport;
}

const messages = defineMessages({
  title: { id: 'import.summary.title', defaultMessage: 'Import summary' },
  part: {
    id: 'import.summary.part',
    defaultMessage:
      '{part, select, preface {Chinese preface} body {English letter} date {date} addressee {addressee} salutation {salutation} closing {closing} other {signatory}}',
  },
  recognised: { id: 'import.summary.recognised', defaultMessage: 'Filled in from the file: {parts}.' },
  notFoundLetter: {
    id: 'import.summary.notFoundLetter',
    defaultMessage: 'Not found in the file, so as in any new letter: {parts}.',
  },
  notFoundVersion: {
    id: 'import.summary.notFoundVersion',
    defaultMessage: 'Not found in the file, so left as they were: {parts}.',
  },
  tracked: {
    id: 'import.summary.trackedChanges',
    defaultMessage:
      'The file held tracked changes: {insertions, plural, one {# insertion} other {# insertions}} taken, {deletions, plural, one {# deletion} other {# deletions}} dropped.',
  },
  tables: {
    id: 'import.summary.tables',
    defaultMessage: '{count, plural, one {# table} other {# tables}} imported as text.',
  },
  textBoxes: {
    id: 'import.summary.textBoxes',
    defaultMessage: '{count, plural, one {# text box} other {# text boxes}} imported as text where it stood.',
  },
  images: {
    id: 'import.summary.images',
    defaultMessage:
      '{count, plural, one {# picture} other {# pictures}} left out: a letter holds no pictures (the letterhead logo is in Settings).',
  },
  notes: {
    id: 'import.summary.notes',
    defaultMessage:
      '{count, plural, one {# footnote or endnote} other {# footnotes and endnotes}} added as text at the end of the letter.',
  },
  commentsAll: {
    id: 'import.summary.commentsAll',
    defaultMessage:
      '{found, plural, one {The Word comment was added as a comment} other {All # Word comments were added as comments}}.',
  },
  commentsSome: {
    id: 'import.summary.commentsSome',
    defaultMessage:
      '{anchored} of {found, plural, one {# Word comment} other {# Word comments}} added on their text; {missing, plural, one {# could not find its text and is kept as a detached comment} other {# could not find their text and are kept as detached comments}}.',
  },
  clean: {
    id: 'import.summary.clean',
    defaultMessage: 'Nothing in the file was left out or changed on the way.',
  },
});

const FIELDS: readonly RecognisedPart[] = RECOGNISED_PARTS.filter(
  (part) => part !== 'preface' && part !== 'body',
);

export function ImportSummaryDialog({ summary, onClose }: { summary: ImportSummary; onClose: () => void }) {
  const intl = useIntl();
  const { report } = summary;
  const partNames = (parts: readonly RecognisedPart[]) =>
    intl.formatList(
      parts.map((part) => intl.formatMessage(messages.part, { part })),
      { type: 'conjunction' },
    );
  const missingFields = FIELDS.filter((part) => !report.recognised.includes(part));
  const { insertions, deletions } = report.trackedChanges;
  const { found, anchored } = report.comments;
  const notes: string[] = [];
  if (insertions + deletions > 0) notes.push(intl.formatMessage(messages.tracked, { insertions, deletions }));
  if (found > 0)
    notes.push(
      anchored >= found
        ? intl.formatMessage(messages.commentsAll, { found })
        : intl.formatMessage(messages.commentsSome, { anchored, found, missing: found - anchored }),
    );
  if (report.tables) notes.push(intl.formatMessage(messages.tables, { count: report.tables }));
  if (report.textBoxes) notes.push(intl.formatMessage(messages.textBoxes, { count: report.textBoxes }));
  if (report.notes) notes.push(intl.formatMessage(messages.notes, { count: report.notes }));
  if (report.images) notes.push(intl.formatMessage(messages.images, { count: report.images }));

  return (
    <Dialog title={intl.formatMessage(messages.title)} onClose={onClose} testId="import-summary">
      <p className="dialog__message">
        {summary.made === 'letter' ? (
          <FormattedMessage
            id="import.summary.madeLetter"
            defaultMessage="“{fileName}” is now the new letter “{title}”."
            values={{
              fileName: <span translate="no">{summary.fileName}</span>,
              title: <span translate="no">{summary.title}</span>,
            }}
          />
        ) : (
          <FormattedMessage
            id="import.summary.madeVersion"
            defaultMessage="“{fileName}” is now the text of “{title}”. The text it replaced is kept in the history as “Before import”; the compare below shows what the file changed."
            values={{
              fileName: <span translate="no">{summary.fileName}</span>,
              title: <span translate="no">{summary.title}</span>,
            }}
          />
        )}
      </p>
      <ul className="import-summary" data-testid="import-summary-notes">
        {report.recognised.length > 0 && (
          <li data-testid="import-summary-recognised">
            {intl.formatMessage(messages.recognised, { parts: partNames(report.recognised) })}
          </li>
        )}
        {missingFields.length > 0 && (
          <li>
            {intl.formatMessage(
              summary.made === 'letter' ? messages.notFoundLetter : messages.notFoundVersion,
              {
                parts: partNames(missingFields),
              },
            )}
          </li>
        )}
        {notes.length ? (
          notes.map((note) => (
            <li key={note} data-testid="import-summary-note">
              {note}
            </li>
          ))
        ) : (
          <li data-testid="import-summary-note">{intl.formatMessage(messages.clean)}</li>
        )}
      </ul>
      <CloseActions
        onClose={onClose}
        label={<FormattedMessage id="import.summary.close" defaultMessage="Close" />}
        testId="import-summary-close"
      />
    </Dialog>
  );
}
