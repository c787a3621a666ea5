/**
 * The bench's in-process half, built by bench/vite.config.ts into `out/bench/bench.js`
 * (Node 20 cannot run TypeScript) and imported by `bench/run.js`.
 */
export { generateLetter } from './generateLetter';
export { docxMedianMs, letterMarkdown } from './exportFigures';
export { textFigures, type TextFigures } from './textFigures';
export { importFigures, type ImportFigures } from './importFigures';
export { libraryFigures, seedLibrary, type LibraryFigures } from './libraryFigures';
export { parseLetter } from '../core/schemas/letter';
export { median, percentile } from './stats';
export { compareMedianMs } from './compareFigures';
export { redlineMedianMs } from './redlineFigures';
export { docxImportFigures } from './docxImportFigures';
export { historyFigures, seedHistory, type HistoryFigures } from './historyFigures';
export { logFigures, seedLog, type LogFigures } from './logFigures';
export { archiveFigures, type ArchiveFigures } from './archiveFigures';
export { termFigures, type TermFigures } from './termFigures';
