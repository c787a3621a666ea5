/**
 * An error whose message is a wording (core/i18n/wording.ts): thrown by the
 * pure code in core/, which knows nothing of the services' UserFacingError,
 * so that whoever shows it can word it in the interface language. `message`
 * is the English, for the logs and the command-line tool.
 */
import { inEnglish, type Wording } from './wording';

export class WordedError extends Error {
  constructor(readonly wording: Wording) {
    super(inEnglish(wording));
    this.name = 'WordedError';
  }
}
