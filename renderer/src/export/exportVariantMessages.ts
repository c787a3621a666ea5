/** What each export holds, named in the interface language (core/exportVariants.ts keeps the English for the services). */
import type { ExportVariant } from '../../../core/exportVariants';
import { defineMessages, type MessageDescriptor } from '../../../core/i18n/wording';

export const EXPORT_VARIANT_MESSAGES: Record<ExportVariant, MessageDescriptor> = defineMessages({
  editor: { id: 'export.variant.editor', defaultMessage: 'Letter for the editor' },
  bilingual: { id: 'export.variant.bilingual', defaultMessage: 'Bilingual' },
  chinese: { id: 'export.variant.chinese', defaultMessage: 'Chinese only' },
});
