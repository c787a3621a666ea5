/**
 * Boilerplate the office reuses: a titled fragment of either language,
 * inserted at the cursor. Content is Lexical JSON (what "Save selection as
 * snippet" captured) or, for seed data typed by hand, plain paragraphs.
 */
import type { z } from 'zod';
import {
  editorDoc,
  paragraphNode,
  placeholderNode,
  textNode,
  type EditorDoc,
  type SerializedNode,
} from './editorDoc';
import { docToPlainText } from './document/plainText';
import { splitPlaceholders } from './placeholders';
import type { snippetFieldsSchema } from './schemas/snippet';

export type Snippet = z.infer<typeof snippetFieldsSchema>;

/** The fragment as a document, whichever way it was stored. */
export function snippetDoc(snippet: Pick<Snippet, 'content'>): EditorDoc {
  const { content } = snippet;
  if (!Array.isArray(content)) return content;
  // `{{key}}` in typed seed text becomes a live placeholder, as in templates.
  const runs = (text: string) =>
    splitPlaceholders(text).map((part) => ('key' in part ? placeholderNode(part.key) : textNode(part.text)));
  return editorDoc(content.map((text) => paragraphNode(runs(text))));
}

/** Nodes that stand on their own at the top of a document; anything else is inline and needs a paragraph. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list']);

/**
 * A selection, as Lexical serialises it, turned into snippet content that
 * keeps its formatting. A selection inside one paragraph comes as bare text
 * nodes; runs of those are wrapped in a paragraph, so the snippet is a
 * document of blocks like any other. Empty paragraphs are dropped.
 */
export function snippetFromSelection(nodes: readonly SerializedNode[]): EditorDoc {
  const blocks: SerializedNode[] = [];
  let inline: SerializedNode[] = [];
  const flush = () => {
    if (inline.length) blocks.push(paragraphNode(inline));
    inline = [];
  };
  for (const node of nodes) {
    if (!BLOCK_TYPES.has(node.type)) inline.push(node);
    else {
      flush();
      blocks.push(node);
    }
  }
  flush();
  // A field counts as content even where its value is empty.
  const hasContent = (block: SerializedNode) =>
    docToPlainText(editorDoc([block]), () => 'field').trim() !== '';
  return editorDoc(blocks.filter(hasContent));
}

/** What the picker searches and previews; placeholders show as `{{key}}`. */
export function snippetText(snippet: Pick<Snippet, 'content'>): string {
  return docToPlainText(snippetDoc(snippet), (key) => `{{${key}}}`);
}

export function matchesSnippet(snippet: Snippet, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${snippet.title}\n${snippetText(snippet)}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}
