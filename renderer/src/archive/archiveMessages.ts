/** The archive's words shared by its dialogs and its flow. */
import { defineMessages } from '../../../core/i18n/wording';

export const archiveMessages = defineMessages({
  holds: {
    id: 'archive.export.holds',
    defaultMessage:
      'The archive will hold {sendings, plural, one {# sending} other {# sendings}} of {letters, plural, one {# letter} other {# letters}}, with {files, plural, =0 {no sent files} one {# sent file} other {# sent files}}.',
  },
  emptyLog: {
    id: 'archive.export.emptyLog',
    defaultMessage: 'Nothing to export: the log has no sendings yet. Mark a letter as sent first.',
  },
  emptySelection: {
    id: 'archive.export.emptySelection',
    defaultMessage: 'Nothing to export: no sending matches this year and publication. Choose others.',
  },
  notZip: {
    id: 'archive.import.dropNotZip',
    defaultMessage:
      'Only an archive (.zip) exported by LetterDesk can be dropped here; “{fileName}” is not one. Nothing was imported.',
  },
  tooBig: {
    id: 'archive.import.tooBig',
    defaultMessage:
      '“{fileName}” is {size, number} MB; an archive may be at most {limit, number} MB. Export a smaller selection (one year, or one publication) from the library it came from, and import each file.',
  },
  unchanged: {
    id: 'archive.import.unchanged',
    defaultMessage: 'Nothing in this library or its log was changed.',
  },
});
