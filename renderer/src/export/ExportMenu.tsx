/**
 * "Export ▾": the letter as Word documents and PDF, and the ways to hand it
 * to the newspaper (an email draft, or the clipboard). Pending changes are
 * saved first, so what leaves is what is on screen; a failed save stops it.
 * Then the checks run: an error holds the letter until "Export anyway".
 */
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ExportResult } from '../../../core/contract';
import type { ExportVariant } from '../../../core/exportVariants';
import type { SendingChannel } from '../../../core/log/sending';
import { defineMessages } from '../../../core/i18n/wording';
import type { Letter } from '../../../core/letter';
import { useApi } from '../app/ApiContext';
import { useCommand } from '../commands/useCommand';
import type { Preflight } from '../preflight/usePreflight';
import { useSettings } from '../settings/SettingsContext';
import { errorMessage } from '../ui/errorMessage';
import { CopyIcon, DocumentIcon, DownloadIcon, MailIcon, PrinterIcon } from '../ui/icons';
import { MenuButton, MenuGroup, MenuItem } from '../ui/MenuButton';
import { useNotify } from '../ui/Notifications';
import { historyChanged } from '../history/historyEvents';
import { letterHandedOut } from '../log/handoutEvents';
import { copyLetter, type CopyFormat } from './copyLetter';
import { EXPORT_VARIANT_MESSAGES } from './exportVariantMessages';
import { showExportResult } from './showExportResult';

const DOCX_HINTS = defineMessages({
  editor: { id: 'export.docx.editorHint', defaultMessage: 'The English letter only, to send to the paper' },
  bilingual: {
    id: 'export.docx.bilingualHint',
    defaultMessage: 'The Chinese preface, then the English letter',
  },
  chinese: { id: 'export.docx.chineseHint', defaultMessage: 'Headline and preface, for the website' },
});

interface ExportMenuProps {
  letter: Letter;
  flush: () => Promise<void>;
  /** The letter as on screen, editors included. */
  snapshot: () => Letter;
  preflight: Preflight;
}

export function ExportMenu({ letter, flush, snapshot, preflight }: ExportMenuProps) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const { settings } = useSettings();
  const [busy, setBusy] = useState(false);
  // One hand-off at a time: a second click while the first runs is ignored.
  const running = useRef(false);
  const id = letter.id;

  const saveFirst = async () => {
    try {
      await flush();
    } catch (error) {
      throw new Error(
        intl.formatMessage(
          {
            id: 'export.saveFirstFailed',
            defaultMessage: 'Stopped because the latest changes could not be saved: {detail}',
          },
          { detail: errorMessage(error) },
        ),
      );
    }
  };

  const guarded = (task: () => Promise<void>) => async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await task();
    } catch (error) {
      notify.error(errorMessage(error));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  /** `variant` is what leaves, so the checks look at the sides it prints. */
  const run = (variant: ExportVariant, action: () => Promise<void>) =>
    guarded(async () => {
      await saveFirst();
      const anyway = guarded(async () => {
        await saveFirst();
        await action();
      });
      if (await preflight.gate(variant, () => void anyway())) await action();
    });

  // Exports, emails and PDFs are kept as versions by the services themselves; an open History re-reads.
  const handedOut = () => historyChanged(id);
  // The letter left: the open letter asks once whether it went to the paper (renderer/src/log).
  const left = (result: ExportResult, channel: SendingChannel) => {
    if (result.status !== 'cancelled') letterHandedOut({ letterId: id, channel });
  };

  const docx = (variant: ExportVariant) =>
    run(variant, async () => {
      const result = await api.call('export.docx', { id, variant });
      showExportResult(result, notify, intl);
      handedOut();
      left(result, 'docx');
    });

  const pdf = (variant: ExportVariant) =>
    run(variant, async () => {
      const result = await api.call('export.pdf', { id, variant });
      showExportResult(result, notify, intl);
      handedOut();
      left(result, 'pdf');
    });

  // The menu's (and browser mode's) shortcuts: the letter for the paper, and the bilingual PDF, as listed first.
  useCommand('letter.exportDocx', () => void docx('editor')());
  useCommand('letter.printPdf', () => void pdf('bilingual')());

  const email = run('editor', async () => {
    const result = await api.call('export.email', { id, variant: 'editor' });
    showExportResult(result, notify, intl);
    handedOut();
    // Browser mode hands over an .eml file: say what to do with it.
    if (result.status === 'download') {
      notify.info(
        intl.formatMessage(
          { id: 'export.email.openFile', defaultMessage: 'Open {fileName} to send it from your mail app.' },
          { fileName: result.fileName },
        ),
      );
    }
    left(result, 'email');
  });

  const copy = (format: CopyFormat) =>
    run('editor', async () => {
      await copyLetter(snapshot(), settings, format, intl);
      notify.info(
        format === 'text'
          ? intl.formatMessage({
              id: 'export.copy.doneText',
              defaultMessage: 'Copied the English letter as text',
            })
          : intl.formatMessage({
              id: 'export.copy.doneHtml',
              defaultMessage: 'Copied the English letter as HTML',
            }),
      );
      await recordCopy(format);
      letterHandedOut({ letterId: id, channel: 'other' });
    });

  /**
   * The clipboard is the page's, so the page tells the history what left: the
   * stored letter, which `run` has just saved from the screen. The copy itself
   * worked, so a failure to record it is reported as that, not as a failed copy.
   */
  const recordCopy = async (format: CopyFormat) => {
    try {
      await api.call('history.recordCopy', { letterId: id, format });
      handedOut();
    } catch (error) {
      notify.error(
        intl.formatMessage(
          {
            id: 'export.copy.notRecorded',
            defaultMessage: 'Copied, but the copy could not be kept in the history: {detail}',
          },
          { detail: errorMessage(error) },
        ),
      );
    }
  };

  const to = letter.fields.lettersEmail.trim();
  return (
    <MenuButton
      label={
        <>
          <DownloadIcon />{' '}
          {busy
            ? intl.formatMessage({ id: 'export.menu.working', defaultMessage: 'Working…' })
            : intl.formatMessage({ id: 'export.menu.export', defaultMessage: 'Export' })}
        </>
      }
      menuLabel={intl.formatMessage({ id: 'export.menu.label', defaultMessage: 'Export and send' })}
      busy={busy}
      testId="export-menu"
    >
      <MenuGroup
        title={intl.formatMessage({ id: 'export.menu.docx', defaultMessage: 'Word document (DOCX)' })}
      >
        {(['editor', 'bilingual', 'chinese'] as const).map((variant) => (
          <MenuItem
            key={variant}
            icon={<DocumentIcon />}
            label={intl.formatMessage(EXPORT_VARIANT_MESSAGES[variant])}
            hint={intl.formatMessage(DOCX_HINTS[variant])}
            onSelect={() => void docx(variant)()}
            disabled={busy}
            testId={`export-${variant}`}
            shortcut={variant === 'editor' ? 'letter.exportDocx' : undefined}
          />
        ))}
      </MenuGroup>
      <MenuGroup title={intl.formatMessage({ id: 'export.menu.pdf', defaultMessage: 'PDF' })}>
        <MenuItem
          icon={<PrinterIcon />}
          label={intl.formatMessage(EXPORT_VARIANT_MESSAGES.bilingual)}
          hint={intl.formatMessage(DOCX_HINTS.bilingual)}
          onSelect={() => void pdf('bilingual')()}
          disabled={busy}
          testId="export-pdf"
          shortcut="letter.printPdf"
        />
        <MenuItem
          icon={<PrinterIcon />}
          label={intl.formatMessage(EXPORT_VARIANT_MESSAGES.editor)}
          hint={intl.formatMessage({
            id: 'export.pdf.editorHint',
            defaultMessage: 'The English letter only',
          })}
          onSelect={() => void pdf('editor')()}
          disabled={busy}
          testId="export-pdf-editor"
        />
      </MenuGroup>
      <MenuGroup title={intl.formatMessage({ id: 'export.menu.send', defaultMessage: 'Send' })}>
        <MenuItem
          icon={<MailIcon />}
          label={intl.formatMessage({ id: 'export.email.label', defaultMessage: 'Email to editor' })}
          hint={
            to
              ? intl.formatMessage(
                  { id: 'export.email.hintTo', defaultMessage: 'To {to}, the letter attached' },
                  { to },
                )
              : intl.formatMessage({
                  id: 'export.email.hintNoAddress',
                  defaultMessage: 'The letter attached; add the letters email in the details',
                })
          }
          onSelect={() => void email()}
          disabled={busy}
          testId="export-email"
        />
        <MenuItem
          icon={<CopyIcon />}
          label={intl.formatMessage({ id: 'export.copy.text', defaultMessage: 'Copy as text' })}
          hint={intl.formatMessage({
            id: 'export.copy.textHint',
            defaultMessage: 'The English letter, for a web form',
          })}
          onSelect={() => void copy('text')()}
          disabled={busy}
          testId="copy-text"
        />
        <MenuItem
          icon={<CopyIcon />}
          label={intl.formatMessage({ id: 'export.copy.html', defaultMessage: 'Copy as HTML' })}
          hint={intl.formatMessage({
            id: 'export.copy.htmlHint',
            defaultMessage: 'With its formatting, to paste into an email',
          })}
          onSelect={() => void copy('html')()}
          disabled={busy}
          testId="copy-html"
        />
      </MenuGroup>
    </MenuButton>
  );
}
