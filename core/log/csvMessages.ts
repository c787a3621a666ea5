/**
 * The words of the log's CSV: column headings and the values worded in the
 * interface language of whoever exports it (the file goes to colleagues who
 * read that language; the letter's own text stays as written).
 */
import { defineMessages } from '../i18n/wording';

export const csvMessages = defineMessages({
  sentAt: { id: 'log.csv.sentAt', defaultMessage: 'Sent' },
  title: { id: 'log.csv.title', defaultMessage: 'Letter' },
  publication: { id: 'log.csv.publication', defaultMessage: 'Publication' },
  publicationZh: { id: 'log.csv.publicationZh', defaultMessage: 'Publication (Chinese)' },
  to: { id: 'log.csv.to', defaultMessage: 'Sent to' },
  channel: { id: 'log.csv.channel', defaultMessage: 'How' },
  exclusive: { id: 'log.csv.exclusive', defaultMessage: 'Exclusive' },
  answerBy: { id: 'log.csv.answerBy', defaultMessage: 'No answer expected after' },
  outcome: { id: 'log.csv.outcome', defaultMessage: 'Outcome' },
  outcomeDate: { id: 'log.csv.outcomeDate', defaultMessage: 'Outcome date' },
  headline: { id: 'log.csv.headline', defaultMessage: 'Headline' },
  url: { id: 'log.csv.url', defaultMessage: 'Link' },
  note: { id: 'log.csv.note', defaultMessage: 'Note' },
  noteZh: { id: 'log.csv.noteZh', defaultMessage: 'Note for headquarters' },
  letterId: { id: 'log.csv.letterId', defaultMessage: 'Letter ID' },
  versionId: { id: 'log.csv.versionId', defaultMessage: 'Version ID' },
  yes: { id: 'log.csv.yes', defaultMessage: 'Yes' },
  no: { id: 'log.csv.no', defaultMessage: 'No' },
  outcomeKind: {
    id: 'log.csv.outcomeKind',
    defaultMessage:
      '{kind, select, awaiting {Awaiting} publishedFull {Published in full} publishedPart {Published in part} rejected {Rejected} noReply {No reply} withdrawn {Withdrawn} other {Overdue}}',
  },
  channelKind: {
    id: 'log.csv.channelKind',
    defaultMessage: '{channel, select, email {Email} docx {DOCX} pdf {PDF} other {Other}}',
  },
  breakdown: { id: 'log.csv.breakdown', defaultMessage: 'Breakdown' },
  group: { id: 'log.csv.group', defaultMessage: 'Publication or month' },
  byPublication: { id: 'log.csv.byPublication', defaultMessage: 'Per publication' },
  byMonth: { id: 'log.csv.byMonth', defaultMessage: 'Per month' },
  total: { id: 'log.csv.total', defaultMessage: 'Total' },
  countSent: { id: 'log.csv.countSent', defaultMessage: 'Sent' },
  countAwaiting: { id: 'log.csv.countAwaiting', defaultMessage: 'Awaiting' },
  countPublished: { id: 'log.csv.countPublished', defaultMessage: 'Published' },
  countRejected: { id: 'log.csv.countRejected', defaultMessage: 'Rejected' },
  countNoReply: { id: 'log.csv.countNoReply', defaultMessage: 'No reply' },
  countWithdrawn: { id: 'log.csv.countWithdrawn', defaultMessage: 'Withdrawn' },
  logFileName: { id: 'log.csv.logFileName', defaultMessage: 'Letter log {day}.csv' },
  summaryFileName: { id: 'log.csv.summaryFileName', defaultMessage: 'Letter log summary {day}.csv' },
});
