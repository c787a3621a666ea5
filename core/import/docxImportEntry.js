/**
 * The main process's way into the DOCX import (importDocx.ts), typed by
 * docxImportEntry.d.ts. Two reasons for this small JavaScript module:
 * - the import reads HTML with a DOM (happy-dom, and the editor's paste
 *   cleaner, which names the DOM's types); the main process's type-check
 *   (tsconfig.node.json) has no DOM, so it sees only the declared signature,
 *   while the import itself is checked with Node's and the DOM's types
 *   (tsconfig.tests.json);
 * - the import (Lexical, mammoth, happy-dom) is loaded on the first call, so
 *   nothing else in the main process pays for it.
 */
export async function importDocx(bytes, options) {
  const { importDocx: run } = await import('./importDocx');
  return run(bytes, options);
}
