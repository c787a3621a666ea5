/**
 * A small, strict XML reader for checking generated Office XML. Strict on
 * purpose: it rejects anything Word would refuse (characters XML forbids,
 * stray "&", unbalanced tags, duplicate attributes), which lenient parsers let
 * through. It knows elements, attributes and text; nothing docx never writes.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

// XML 1.0 Char production; with the u flag a lone surrogate is its own code point and fails it.
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
// Sticky: matched at the "<" found, without copying the rest of the source.
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class XmlError extends Error {}

function decode(raw: string, where: number): string {
  return raw.replace(/&([^;]*);|&/g, (match, body: string | undefined) => {
    if (body === undefined) throw new XmlError(`bare "&" near offset ${where}`);
    if (body in ENTITIES) return ENTITIES[body];
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!numeric) throw new XmlError(`unknown entity "${match}" near offset ${where}`);
    const code = numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
    if (!char || INVALID_CHAR.test(char)) throw new XmlError(`reference to a forbidden character ${match}`);
    return char;
  });
}

/** Parses a document; throws XmlError saying what is wrong and where. */
export function parseXml(source: string): XmlElement {
  const bad = INVALID_CHAR.exec(source);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new XmlError(`forbidden character U+${code} at offset ${bad.index}`);
  }
  let pos = /^<\?xml[^?]*\?>/.exec(source)?.[0].length ?? 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const text = source.slice(pos, lt < 0 ? source.length : lt);
    if (text) {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(decode(text, pos));
      else if (text.trim()) throw new XmlError(`text outside the root element at offset ${pos}`);
    }
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const tag = TAG.exec(source);
    if (!tag) throw new XmlError(`malformed tag at offset ${lt}: ${source.slice(lt, lt + 40)}`);
    const [whole, closing, name, attrText, selfClosing] = tag;
    pos = lt + whole.length;
    if (closing) {
      if (attrText || selfClosing) throw new XmlError(`malformed end tag </${name}> at offset ${lt}`);
      const open = stack.pop();
      if (open?.name !== name)
        throw new XmlError(`</${name}> at offset ${lt} closes <${open?.name ?? '(none)'}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, attr, double, single] of attrText.matchAll(ATTR)) {
      if (attr in attrs) throw new XmlError(`attribute ${attr} repeated on <${name}> at offset ${lt}`);
      attrs[attr] = decode(double ?? single, lt);
    }
    const element: XmlElement = { name, attrs, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new XmlError(`second root element <${name}> at offset ${lt}`);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}

/** Child elements with this name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (!name || child.name === name),
  );
}

/** Descendant elements with this name, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    found.push(...findAll(child, name));
  }
  return found;
}

export function find(element: XmlElement, name: string): XmlElement | undefined {
  return findAll(element, name)[0];
}

/** All text inside the element. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}
