export { textFigures } from './textFigures';
export { docxMedianMs } from './exportFigures';
export { generateLetter } from './generateLetter';
