/**
 * An export the letter cannot make as it stands, with a message saying what to
 * do. Thrown by the pure exporters (which know nothing of the services'
 * UserFacingError); the API gate passes it on as an ordinary message, not as
 * "something went wrong, please report this".
 */
import { WordedError } from './i18n/wordedError';
import { defineMessages, wording, type Wording } from './i18n/wording';

export class ExportProblem extends WordedError {
  constructor(what: Wording) {
    super(what);
    this.name = 'ExportProblem';
  }
}

export const exportMessages = defineMessages({
  noChinesePreface: {
    id: 'error.export.noChinesePreface',
    defaultMessage:
      'This letter has no Chinese preface yet: write its headline and text in the Chinese pane, or export the English letter instead.',
  },
  brokenLogo: {
    id: 'error.export.brokenLogo',
    defaultMessage:
      'The letterhead logo saved in Settings is not a readable PNG or JPEG image. Choose the logo again in Settings (or remove it), then export again.',
  },
  unknownVariant: {
    id: 'error.export.unknownVariant',
    defaultMessage: 'Unknown export variant "{variant}": choose one of {variants}.',
  },
});

export const NO_CHINESE_PREFACE = wording(exportMessages.noChinesePreface);
