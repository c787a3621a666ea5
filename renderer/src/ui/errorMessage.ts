import { ApiCallError } from '../api/client';
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
 * own text.
 */
export function errorMessage(error: unknown): string {
  const intl = activeIntl();
  if (error instanceof ApiCallError && error.wording) {
    return intl.formatMessage(error.wording, error.wording.values);
  }
  if (error instanceof Error && error.message) return error.message;
  return intl.formatMessage(messages.unexpected, { detail: String(error) });
}
