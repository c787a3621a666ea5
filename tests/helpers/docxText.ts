/**
 * Opens a .docx (bytes) and reads what a user would see: paragraphs in order
 * with their style, text and run formatting. Shared by the DOCX, CLI and e2e tests.
 */
import JSZip from 'jszip';
import { childElements, find, findAll, parseXml, type XmlElement } from './xml';

export interface DocxRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** "superscript" | "subscript" | null */
  vertAlign: string | null;
  highlight: string | null;
  /** The run's own w:rFonts attributes (empty when it uses the style's fonts). */
  fonts: Record<string, string>;
  /** The run's own w:lang attributes. */
  lang: Record<string, string>;
  /** Character style id, e.g. "Hyperlink". */
  style: string | null;
  /** Target URL when the run is inside an external hyperlink. */
  link: string | null;
}

export interface DocxParagraph {
  style: string | null;
  text: string;
  runs: DocxRun[];
  /** w:numPr: which list (numId) and how deep (ilvl). */
  numbering: { numId: string; level: number } | null;
  alignment: string | null;
  pageBreakBefore: boolean;
}

export interface DocxContents {
  files: string[];
  documentXml: string;
  stylesXml: string;
  numberingXml: string;
  coreXml: string;
  relsXml: string;
  /** Parsed strictly: reading throws if the XML is not well formed. */
  document: XmlElement;
  styles: XmlElement;
  numbering: XmlElement;
  paragraphs(): DocxParagraph[];
  paragraphsText(): string[];
}

const val = (element: XmlElement | undefined, attr = 'w:val') => element?.attrs[attr] ?? null;

/** An on/off property such as w:b: present and not switched off. */
function isOn(props: XmlElement | undefined, name: string): boolean {
  const element = props && childElements(props, name)[0];
  return !!element && !['0', 'false', 'off'].includes(element.attrs['w:val'] ?? 'true');
}

function readRun(run: XmlElement, link: string | null): DocxRun {
  const props = childElements(run, 'w:rPr')[0];
  const prop = (name: string) => (props ? childElements(props, name)[0] : undefined);
  let text = '';
  for (const child of childElements(run)) {
    if (child.name === 'w:t') text += child.children.join('');
    else if (child.name === 'w:tab') text += '\t';
    else if (child.name === 'w:br' && child.attrs['w:type'] !== 'page') text += '\n';
  }
  const underline = val(prop('w:u'));
  return {
    text,
    bold: isOn(props, 'w:b'),
    italic: isOn(props, 'w:i'),
    underline: !!underline && underline !== 'none',
    strike: isOn(props, 'w:strike'),
    vertAlign: val(prop('w:vertAlign')),
    highlight: val(prop('w:highlight')),
    fonts: { ...prop('w:rFonts')?.attrs },
    lang: { ...prop('w:lang')?.attrs },
    style: val(prop('w:rStyle')),
    link,
  };
}

function readParagraph(paragraph: XmlElement, links: Map<string, string>): DocxParagraph {
  const props = childElements(paragraph, 'w:pPr')[0];
  const prop = (name: string) => (props ? childElements(props, name)[0] : undefined);
  const runs: DocxRun[] = [];
  for (const child of childElements(paragraph)) {
    if (child.name === 'w:r') runs.push(readRun(child, null));
    if (child.name === 'w:hyperlink') {
      const url = links.get(child.attrs['r:id']) ?? null;
      for (const run of childElements(child, 'w:r')) runs.push(readRun(run, url));
    }
  }
  const numPr = prop('w:numPr');
  return {
    style: val(prop('w:pStyle')),
    text: runs.map((run) => run.text).join(''),
    runs,
    numbering: numPr
      ? { numId: val(find(numPr, 'w:numId')) ?? '', level: Number(val(find(numPr, 'w:ilvl')) ?? 0) }
      : null,
    alignment: val(prop('w:jc')),
    pageBreakBefore: isOn(props, 'w:pageBreakBefore'),
  };
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const [documentXml, stylesXml, numberingXml, coreXml, relsXml] = await Promise.all(
    [
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
    ].map(read),
  );
  if (!documentXml) throw new Error('not a Word document: word/document.xml is missing');
  const document = parseXml(documentXml);
  const styles = parseXml(stylesXml);
  const numbering = parseXml(numberingXml || '<w:numbering/>');
  parseXml(coreXml);
  const links = new Map(
    findAll(parseXml(relsXml), 'Relationship')
      .filter((rel) => rel.attrs.TargetMode === 'External')
      .map((rel) => [rel.attrs.Id, rel.attrs.Target]),
  );
  const paragraphs = () => findAll(document, 'w:p').map((p) => readParagraph(p, links));
  return {
    files: Object.keys(zip.files),
    documentXml,
    stylesXml,
    numberingXml,
    coreXml,
    relsXml,
    document,
    styles,
    numbering,
    paragraphs,
    paragraphsText: () => paragraphs().map((p) => p.text),
  };
}
