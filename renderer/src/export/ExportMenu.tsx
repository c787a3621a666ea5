/**
 * "Export ▾": the letter as Word documents and PDF, and the ways to hand it
 * to the newspaper (an email draft, or the clipboard). Pending changes are
 * saved first, so what leaves is what is on screen; a failed save stops it.
 * Then the checks run: an error holds the letter until "Export anyway".
 */
import { useRef, useState } from 'react';
import { EXPORT_VARIANT_LABELS, type ExportVariant } from '../../../core/exportVariants';
import type { Letter } from '../../../core/letter';
import { useApi } from '../app/ApiContext';
import { useCommand } from '../commands/useCommand';
import type { Preflight } from '../preflight/usePreflight';
import { useSettings } from '../settings/SettingsContext';
import { errorMessage } from '../ui/errorMessage';
import { CopyIcon, DocumentIcon, DownloadIcon, MailIcon, PrinterIcon } from '../ui/icons';
import { MenuButton, MenuGroup, MenuItem } from '../ui/MenuButton';
import { useNotify } from '../ui/Notifications';
import { copyLetter, type CopyFormat } from './copyLetter';
import { showExportResult } from './showExportResult';

const DOCX_HINTS: Record<ExportVariant, string> = {
  editor: 'The English letter only, to send to the paper',
  bilingual: 'The Chinese preface, then the English letter',
  chinese: 'Headline and preface, for the website',
};

interface ExportMenuProps {
  letter: Letter;
  flush: () => Promise<void>;
  /** The letter as on screen, editors included. */
  snapshot: () => Letter;
  preflight: Preflight;
}

export function ExportMenu({ letter, flush, snapshot, preflight }: ExportMenuProps) {
  const api = useApi();
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
      throw new Error(`Stopped because the latest changes could not be saved: ${errorMessage(error)}`);
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

  const docx = (variant: ExportVariant) =>
    run(variant, async () => showExportResult(await api.call('export.docx', { id, variant }), notify));

  const pdf = (variant: ExportVariant) =>
    run(variant, async () => showExportResult(await api.call('export.pdf', { id, variant }), notify));

  // The menu's (and browser mode's) shortcuts: the letter for the paper, and the bilingual PDF, as listed first.
  useCommand('letter.exportDocx', () => void docx('editor')());
  useCommand('letter.printPdf', () => void pdf('bilingual')());

  const email = run('editor', async () => {
    const result = await api.call('export.email', { id, variant: 'editor' });
    showExportResult(result, notify);
    // Browser mode hands over an .eml file: say what to do with it.
    if (result.status === 'download') {
      notify.info(`Open ${result.fileName} to send it from your mail app.`);
    }
  });

  const copy = (format: CopyFormat) =>
    run('editor', async () => {
      await copyLetter(snapshot(), settings, format);
      notify.info(`Copied the English letter as ${format === 'text' ? 'text' : 'HTML'}`);
    });

  const to = letter.fields.lettersEmail.trim();
  return (
    <MenuButton
      label={
        <>
          <DownloadIcon /> {busy ? 'Working…' : 'Export'}
        </>
      }
      menuLabel="Export and send"
      busy={busy}
      testId="export-menu"
    >
      <MenuGroup title="Word document (DOCX)">
        {(['editor', 'bilingual', 'chinese'] as const).map((variant) => (
          <MenuItem
            key={variant}
            icon={<DocumentIcon />}
            label={EXPORT_VARIANT_LABELS[variant]}
            hint={DOCX_HINTS[variant]}
            onSelect={() => void docx(variant)()}
            disabled={busy}
            testId={`export-${variant}`}
            shortcut={variant === 'editor' ? 'letter.exportDocx' : undefined}
          />
        ))}
      </MenuGroup>
      <MenuGroup title="PDF">
        <MenuItem
          icon={<PrinterIcon />}
          label="Bilingual"
          hint="The Chinese preface, then the English letter"
          onSelect={() => void pdf('bilingual')()}
          disabled={busy}
          testId="export-pdf"
          shortcut="letter.printPdf"
        />
        <MenuItem
          icon={<PrinterIcon />}
          label={EXPORT_VARIANT_LABELS.editor}
          hint="The English letter only"
          onSelect={() => void pdf('editor')()}
          disabled={busy}
          testId="export-pdf-editor"
        />
      </MenuGroup>
      <MenuGroup title="Send">
        <MenuItem
          icon={<MailIcon />}
          label="Email to editor"
          hint={
            to ? `To ${to}, the letter attached` : 'The letter attached; add the letters email in the details'
          }
          onSelect={() => void email()}
          disabled={busy}
          testId="export-email"
        />
        <MenuItem
          icon={<CopyIcon />}
          label="Copy as text"
          hint="The English letter, for a web form"
          onSelect={() => void copy('text')()}
          disabled={busy}
          testId="copy-text"
        />
        <MenuItem
          icon={<CopyIcon />}
          label="Copy as HTML"
          hint="With its formatting, to paste into an email"
          onSelect={() => void copy('html')()}
          disabled={busy}
          testId="copy-html"
        />
      </MenuGroup>
    </MenuButton>
  );
}
