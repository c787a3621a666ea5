/**
 * Makes a DOCX depend only on the letter: the same letter gives the same bytes,
 * so the file attached to the email is the file exported a minute before.
 * `docx` stamps docProps/core.xml with the clock, names hyperlink relationships
 * with random ids and dates each zip entry with the clock; this repacks its
 * output with the letter's own times, ids numbered in order and one fixed
 * entry date. fflate is the zip library `docx` itself packs with; its DEFLATE
 * output is deterministic.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface DocxTimes {
  /** ISO instants, as a letter stores them. */
  created: string;
  modified: string;
}

/** The zip format's own epoch, in local time as DOS dates are: the same fields on every machine. */
const ZIP_ENTRY_DATE = new Date(1980, 0, 1);

/** `docx` names hyperlinks `rId` + a random nanoid (21 characters); its numbered ids are kept. */
const RANDOM_RELATIONSHIP_ID = /\bId="(rId[a-z0-9_-]{21})"/g;

/** W3CDTF as Word writes it (no milliseconds); a time that does not parse becomes the zip epoch. */
function w3cdtf(iso: string): string {
  const time = Date.parse(iso);
  return new Date(Number.isNaN(time) ? Date.UTC(1980, 0, 1) : time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function stampTimes(coreXml: string, times: DocxTimes): string {
  const stamp = (xml: string, element: string, iso: string) =>
    xml.replace(
      new RegExp(`(<${element}\\b[^>]*>)[^<]*(</${element}>)`),
      (_, open: string, close: string) => `${open}${w3cdtf(iso)}${close}`,
    );
  return stamp(stamp(coreXml, 'dcterms:created', times.created), 'dcterms:modified', times.modified);
}

/** Random relationship ids → `rIdLink1`, `rIdLink2` … in the order the package lists them. */
function numberedIds(parts: Map<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [path, text] of parts) {
    if (!path.endsWith('.rels')) continue;
    for (const [, id] of text.matchAll(RANDOM_RELATIONSHIP_ID)) {
      if (!ids.has(id)) ids.set(id, `rIdLink${ids.size + 1}`);
    }
  }
  return ids;
}

const isXmlPart = (path: string) => path.endsWith('.xml') || path.endsWith('.rels');

export function reproducibleDocx(bytes: Uint8Array, times: DocxTimes): Uint8Array {
  const files = unzipSync(bytes);
  const xmlParts = new Map(
    Object.entries(files)
      .filter(([path]) => isXmlPart(path))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
  const ids = numberedIds(xmlParts);
  for (const [path, text] of xmlParts) {
    // Each random id is quoted where it is declared and where it is used; nothing else can hold it.
    let next = text;
    for (const [random, numbered] of ids) next = next.replaceAll(`"${random}"`, `"${numbered}"`);
    if (path === 'docProps/core.xml') next = stampTimes(next, times);
    if (next !== text) files[path] = strToU8(next);
  }
  return zipSync(files, { mtime: ZIP_ENTRY_DATE });
}
