/**
 * Opens a .docx (bytes) and reads what a user would see: paragraphs in order
 * with their style, text and run formatting, and each section's headers and
 * footers. Shared by the DOCX, CLI and e2e tests.
 */
import JSZip from 'jszip';
import { childElements, find, findAll, parseXml, textOf, type XmlElement } from './xml';

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
  keepNext: boolean;
  /** Instructions of the fields in the paragraph, e.g. "PAGE". */
  fields: string[];
  /** Pictures in the paragraph, with their size in EMU (914400 to the inch). */
  drawings: Array<{ relId: string; cx: number; cy: number }>;
}

/** A header or footer part. */
export interface DocxPart {
  path: string;
  xml: string;
  paragraphs: DocxParagraph[];
  text: string;
  /** Targets of the part's own relationships (its pictures), as paths in the package. */
  media: string[];
}

type HeaderFooterType = 'first' | 'default' | 'even';

export interface DocxSection {
  paragraphs: DocxParagraph[];
  /** w:titlePg: the first page has its own header and footer. */
  titlePage: boolean;
  pageNumberStart: number | null;
  headers: Partial<Record<HeaderFooterType, DocxPart>>;
  footers: Partial<Record<HeaderFooterType, DocxPart>>;
}

export interface DocxContents {
  files: string[];
  documentXml: string;
  stylesXml: string;
  numberingXml: string;
  coreXml: string;
  relsXml: string;
  /** Every XML part of the package by path, e.g. "word/header1.xml". */
  xmlParts: Record<string, string>;
  /** Parsed strictly: reading throws if the XML is not well formed. */
  document: XmlElement;
  styles: XmlElement;
  numbering: XmlElement;
  paragraphs(): DocxParagraph[];
  paragraphsText(): string[];
  sections(): DocxSection[];
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
  const fields: string[] = [];
  for (const child of childElements(paragraph)) {
    if (child.name === 'w:r') runs.push(readRun(child, null));
    if (child.name === 'w:hyperlink') {
      const url = links.get(child.attrs['r:id']) ?? null;
      for (const run of childElements(child, 'w:r')) runs.push(readRun(run, url));
    }
    if (child.name === 'w:fldSimple') {
      fields.push(child.attrs['w:instr'].trim());
      // The field's cached result is what a reader sees until it updates.
      for (const run of childElements(child, 'w:r')) runs.push(readRun(run, null));
    }
  }
  fields.push(...findAll(paragraph, 'w:instrText').map((instr) => textOf(instr).trim()));
  const drawings = findAll(paragraph, 'w:drawing').map((drawing) => {
    const extent = find(drawing, 'wp:extent')!;
    return {
      relId: find(drawing, 'a:blip')?.attrs['r:embed'] ?? '',
      cx: Number(extent.attrs.cx),
      cy: Number(extent.attrs.cy),
    };
  });
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
    keepNext: isOn(props, 'w:keepNext'),
    fields,
    drawings,
  };
}

/** Relationship id -> target, resolved against the part's folder for internal targets. */
function relationships(relsXml: string): Map<string, { target: string; external: boolean }> {
  if (!relsXml) return new Map();
  return new Map(
    findAll(parseXml(relsXml), 'Relationship').map((rel) => {
      const external = rel.attrs.TargetMode === 'External';
      return [rel.attrs.Id, { target: external ? rel.attrs.Target : `word/${rel.attrs.Target}`, external }];
    }),
  );
}

const relsPathOf = (path: string) => path.replace(/^word\//, 'word/_rels/') + '.rels';

function readPart(path: string, parts: Record<string, string>): DocxPart {
  const xml = parts[path];
  if (xml === undefined) throw new Error(`the document refers to ${path}, which is missing`);
  const rels = relationships(parts[relsPathOf(path)] ?? '');
  const links = new Map([...rels].filter(([, rel]) => rel.external).map(([id, rel]) => [id, rel.target]));
  const paragraphs = findAll(parseXml(xml), 'w:p').map((p) => readParagraph(p, links));
  return {
    path,
    xml,
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    media: [...rels.values()].filter((rel) => !rel.external).map((rel) => rel.target),
  };
}

/**
 * The body's sections in order. A section ends at a paragraph whose properties
 * hold a w:sectPr; the last one's w:sectPr closes the body.
 */
function readSections(
  document: XmlElement,
  parts: Record<string, string>,
  read: (p: XmlElement) => DocxParagraph,
): DocxSection[] {
  const body = find(document, 'w:body')!;
  const rels = relationships(parts['word/_rels/document.xml.rels'] ?? '');
  const sections: DocxSection[] = [];
  let paragraphs: DocxParagraph[] = [];
  const close = (sectPr: XmlElement) => {
    const refs = (name: string) =>
      Object.fromEntries(
        childElements(sectPr, name).map((ref) => [
          ref.attrs['w:type'],
          readPart(rels.get(ref.attrs['r:id'])!.target, parts),
        ]),
      );
    const start = childElements(sectPr, 'w:pgNumType')[0]?.attrs['w:start'];
    sections.push({
      paragraphs,
      titlePage: isOn(sectPr, 'w:titlePg'),
      pageNumberStart: start === undefined ? null : Number(start),
      headers: refs('w:headerReference'),
      footers: refs('w:footerReference'),
    });
    paragraphs = [];
  };
  for (const child of childElements(body)) {
    if (child.name === 'w:p') {
      paragraphs.push(read(child));
      const props = childElements(child, 'w:pPr')[0];
      const sectPr = props && childElements(props, 'w:sectPr')[0];
      if (sectPr) close(sectPr);
    } else if (child.name === 'w:sectPr') close(child);
  }
  return sections;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const xmlPaths = Object.keys(zip.files).filter((path) => /\.(xml|rels)$/.test(path));
  const xmlParts: Record<string, string> = Object.fromEntries(
    await Promise.all(xmlPaths.map(async (path) => [path, await zip.file(path)!.async('string')])),
  );
  const read = (path: string) => xmlParts[path] ?? '';
  const documentXml = read('word/document.xml');
  if (!documentXml) throw new Error('not a Word document: word/document.xml is missing');
  const [stylesXml, numberingXml, coreXml, relsXml] = [
    'word/styles.xml',
    'word/numbering.xml',
    'docProps/core.xml',
    'word/_rels/document.xml.rels',
  ].map(read);
  const document = parseXml(documentXml);
  const styles = parseXml(stylesXml);
  const numbering = parseXml(numberingXml || '<w:numbering/>');
  parseXml(coreXml);
  const links = new Map(
    [...relationships(relsXml)].filter(([, rel]) => rel.external).map(([id, rel]) => [id, rel.target]),
  );
  const readBodyParagraph = (p: XmlElement) => readParagraph(p, links);
  const paragraphs = () => findAll(document, 'w:p').map(readBodyParagraph);
  return {
    files: Object.keys(zip.files),
    documentXml,
    stylesXml,
    numberingXml,
    coreXml,
    relsXml,
    xmlParts,
    document,
    styles,
    numbering,
    paragraphs,
    paragraphsText: () => paragraphs().map((p) => p.text),
    sections: () => readSections(document, xmlParts, readBodyParagraph),
  };
}
