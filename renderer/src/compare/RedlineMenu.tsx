/**
 * "Export redline… ▾" in the compare's bar: the newer side of the compare as
 * a Word document in which each change since the older side is a tracked
 * change (core/docx/redline/), in the export's three variants. Saved like
 * an export (a save dialog, or a download in browser mode), but not kept as
 * a version: a redline is a review copy of texts the history already holds.
 */
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { LetterComparison } from '../../../core/compare/comparison';
import { EXPORT_VARIANTS, type ExportVariant } from '../../../core/exportVariants';
import { useApi } from '../app/ApiContext';
import { EXPORT_VARIANT_MESSAGES } from '../export/exportVariantMessages';
import { showExportResult } from '../export/showExportResult';
import { errorMessage } from '../ui/errorMessage';
import { DocumentIcon } from '../ui/icons';
import { MenuButton, MenuGroup, MenuItem } from '../ui/MenuButton';
import { useNotify } from '../ui/Notifications';

export function RedlineMenu({ comparison }: { comparison: LetterComparison }) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  // One export at a time: a second choice while the first runs is ignored.
  const running = useRef(false);

  const exportRedline = async (variant: ExportVariant) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const result = await api.call('export.redline', {
        letterId: comparison.from.letterId,
        olderVersionId: comparison.from.id,
        newerVersionId: comparison.to?.id ?? null,
        variant,
      });
      showExportResult(result, notify, intl);
    } catch (error) {
      notify.error(errorMessage(error));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <MenuButton
      label={
        busy
          ? intl.formatMessage({ id: 'compare.redline.working', defaultMessage: 'Exporting…' })
          : intl.formatMessage({ id: 'compare.redline.export', defaultMessage: 'Export redline…' })
      }
      menuLabel={intl.formatMessage({
        id: 'compare.redline.menuLabel',
        defaultMessage: 'Export the changes as a Word redline',
      })}
      busy={busy}
      className="history-bar__redline"
      testId="redline-menu"
    >
      <MenuGroup
        title={intl.formatMessage({
          id: 'compare.redline.group',
          defaultMessage: 'Word document with tracked changes',
        })}
      >
        {EXPORT_VARIANTS.map((variant) => (
          <MenuItem
            key={variant}
            icon={<DocumentIcon />}
            label={intl.formatMessage(EXPORT_VARIANT_MESSAGES[variant])}
            onSelect={() => void exportRedline(variant)}
            disabled={busy}
            testId={`redline-${variant}`}
          />
        ))}
      </MenuGroup>
    </MenuButton>
  );
}
