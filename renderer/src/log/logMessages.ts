/** The log's words used in more than one place: outcomes and channels, by their stored names. */
import { defineMessages } from '../../../core/i18n/wording';

export const LOG_MESSAGES = defineMessages({
  outcome: {
    id: 'log.outcome.kind',
    defaultMessage:
      '{kind, select, awaiting {Awaiting} published {Published} rejected {Rejected} noReply {No reply} withdrawn {Withdrawn} other {Outcome}}',
  },
  channel: {
    id: 'log.channel.name',
    defaultMessage: '{channel, select, email {Email} docx {Word document} pdf {PDF} other {Other}}',
  },
  extent: {
    id: 'log.outcome.extent',
    defaultMessage: '{extent, select, full {In full} other {In part}}',
  },
  answerBy: {
    id: 'log.outcome.answerBy',
    defaultMessage: 'No answer expected after {date}',
  },
});
