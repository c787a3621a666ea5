/**
 * The few globals the pure core uses that both its hosts provide (Node 20 and the page's
 * Chromium), declared for tsconfig.core.json, which loads neither Node's typings nor the DOM's.
 * Only what core calls is declared: anything else either side offers must be added here on
 * purpose, after checking the other side has it too.
 */

/** UTF-8 encoder (WHATWG Encoding), for counting a text's bytes. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** Deep copy by the HTML structured-clone algorithm. */
declare function structuredClone<T>(value: T): T;

/** WHATWG URL parser, for the one link rule (core/links.ts). */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
}

/** UTF-8 / UTF-16 decoder (WHATWG Encoding), for the text parts of an imported DOCX (core/import). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
