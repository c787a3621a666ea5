/**
 * Reading a DOCX's tracked changes the way Word applies them, from its
 * document.xml text: the runs inside w:ins / w:del (the paragraph-mark ones
 * are empty elements and hold none), and the text after accepting or
 * rejecting every change.
 */
import JSZip from 'jszip';

export const documentXml = async (bytes: Uint8Array): Promise<string> =>
  (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

const element = (tag: 'ins' | 'del') => new RegExp(`<w:${tag}\\b([^>]*[^/>])?>([\\s\\S]*?)</w:${tag}>`, 'g');

/** The text of the runs in the XML, deleted text included. */
export const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:(?:t|delText)\b[^>]*>([^<]*)</g)].map((m) => m[1]).join('');

/** Each w:ins / w:del holding runs: its attributes, its text and its XML. */
export const tracked = (xml: string, tag: 'ins' | 'del') =>
  [...xml.matchAll(element(tag))].map((m) => ({ attributes: m[1] ?? '', text: textOf(m[2]), xml: m[2] }));

/** The text with every change accepted (deletions gone) … */
export const acceptedText = (xml: string): string => textOf(xml.replace(element('del'), ''));

/** … and with every change rejected (insertions gone, deletions back). */
export const rejectedText = (xml: string): string => textOf(xml.replace(element('ins'), ''));
