/** What an export holds; in a module of its own so the DOCX export and the renderer do not load the whole API contract. */
export const EXPORT_VARIANTS = ['editor', 'bilingual', 'chinese'] as const;
export type ExportVariant = (typeof EXPORT_VARIANTS)[number];

export const EXPORT_VARIANT_LABELS: Record<ExportVariant, string> = {
  editor: 'Letter for the editor',
  bilingual: 'Bilingual',
  chinese: 'Chinese only',
};
