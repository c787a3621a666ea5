/**
 * Copies the English letter to the clipboard: plain text for web forms, or
 * HTML (with a plain-text twin) for pasting into an email with its formatting.
 * The wording comes from the same core modules as the email and PDF exports.
 */
import type { IntlShape } from 'react-intl';
import type { Letter } from '../../../core/letter';
import { letterToHtmlFragment } from '../../../core/letterHtml';
import { letterToPlainText } from '../../../core/letterText';
import type { AppSettings } from '../../../core/settings';

export type CopyFormat = 'text' | 'html';

function clipboard(intl: IntlShape): Clipboard {
  if (!navigator.clipboard) {
    throw new Error(
      intl.formatMessage({
        id: 'export.copy.noClipboard',
        defaultMessage:
          'This window has no access to the clipboard. Use Export instead, or open LetterDesk again.',
      }),
    );
  }
  return navigator.clipboard;
}

export async function copyLetter(
  letter: Letter,
  settings: AppSettings,
  format: CopyFormat,
  intl: IntlShape,
): Promise<void> {
  const text = letterToPlainText(letter, settings);
  try {
    if (format === 'text') {
      await clipboard(intl).writeText(text);
      return;
    }
    const html = letterToHtmlFragment(letter, settings);
    await clipboard(intl).write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
  } catch (error) {
    throw new Error(
      intl.formatMessage(
        { id: 'export.copy.failed', defaultMessage: 'The letter was not copied: {detail}' },
        { detail: (error as Error).message },
      ),
    );
  }
}
