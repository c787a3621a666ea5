/** What an export holds; in a module of its own so the DOCX export does not load the whole API contract. */
export const EXPORT_VARIANTS = ['editor', 'bilingual', 'chinese'] as const;
export type ExportVariant = (typeof EXPORT_VARIANTS)[number];
