/**
 * Page numbers for letters that run on: centred in the footer from the second
 * page on; the first page stays clean, as on letterhead.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';

export function pageFooters(): Pick<ISectionOptions, 'footers'> {
  return {
    footers: {
      first: new Footer({ children: [] }),
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })],
          }),
        ],
      }),
    },
  };
}
