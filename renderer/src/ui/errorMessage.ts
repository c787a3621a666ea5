import { ApiCallError } from '../api/client';
import { WordedError } from '../../../core/i18n/wordedError';
import { defineMessages } from '../../../core/i18n/wording';
import { activeIntl } from '../i18n/activeIntl';

const messages = defineMessages({
  unexpected: {
    id: 'error.unexpected',
    defaultMessage: 'Something went wrong: {detail}',
  },
});

/**
 * The sentence to show for a failure, in the interface language: the services
 * send what went wrong as a message id with values (core/i18n/wording.ts),
 * worded here; a failure with no wording (a bug, a lost connection) shows its
 * own text. Lines under the message (`details`, e.g. the problems of a
 * refused import) follow it, one a line.
 */
export function errorMessage(error: unknown): string {
  const intl = activeIntl();
  if (error instanceof ApiCallError && error.wording) {
    return [error.wording, ...(error.details ?? [])]
      .map((line) => intl.formatMessage(line, line.values))
      .join('\n');
  }
  // Thrown by core/ in the page itself (a custom field name it cannot use).
  if (error instanceof WordedError) return intl.formatMessage(error.wording, error.wording.values);
  if (error instanceof Error && error.message) return error.message;
  return intl.formatMessage(messages.unexpected, { detail: String(error) });
}
