/**
 * The field chips' tooltip (core/editor/nodes/PlaceholderNode.ts), worded in
 * the interface language shown when a chip is drawn. The node lives in core,
 * which has no interface language; the page registers the wording once, when
 * its editor set-up (editorConfig.ts) loads.
 */
import { setPlaceholderTooltip } from '../../../core/editor/nodes/PlaceholderNode';
import { defineMessages } from '../../../core/i18n/wording';
import { activeIntl } from '../i18n/activeIntl';

const TOOLTIPS = defineMessages({
  filled: { id: 'editor.placeholder.filled', defaultMessage: "Filled from the letter's details ({field})" },
  empty: {
    id: 'editor.placeholder.empty',
    defaultMessage: "Empty field: fill it in the letter's details ({field})",
  },
});

setPlaceholderTooltip((field, filled) =>
  activeIntl().formatMessage(filled ? TOOLTIPS.filled : TOOLTIPS.empty, { field }),
);
