/** Checks a stored editor document's shape (see ../editorDoc.ts for the format). */
import { z } from 'zod';
import type { EditorDoc, SerializedNode } from '../editorDoc';
import { nestsDeeperThan } from '../jsonDepth';

/**
 * The deepest a document's nodes may nest (root = 1). A real letter stays
 * under ~10 (root > list > listitem > nested list > listitem … > text), and
 * Word itself stops list levels at 9; 40 leaves room for any pasted document
 * while keeping every walker over a document — zod's recursion, the
 * exporters, Lexical, JSON.stringify — far from the stack's limit. This is
 * the single bound: every way a document comes in (the API contract, stored
 * letters and templates, snippets, library imports) parses through this schema.
 */
export const MAX_DOCUMENT_DEPTH = 40;
// Anything else a node carries (Lexical keeps small objects on some nodes) may
// add a few levels of plain JSON; each node level is the node plus its
// `children` array.
const MAX_JSON_DEPTH = 2 * MAX_DOCUMENT_DEPTH + 8;

/** True when the nodes nest deeper than the bound; measured with a stack of our own, never recursion. */
function nodesTooDeep(doc: unknown): boolean {
  const root = (doc as { root?: unknown } | null)?.root;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DOCUMENT_DEPTH) return true;
    const children = (node as { children?: unknown } | null)?.children;
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}

export const DOCUMENT_TOO_DEEP =
  `The document is nested more than ${MAX_DOCUMENT_DEPTH} levels deep (lists within lists within lists…), ` +
  'far deeper than any letter. It was probably made by another program: paste its text as plain text ' +
  'and format it again.';

// Stored documents are checked for shape, not re-validated node by node: the
// renderer's Lexical parse is the real judge, and unknown node types degrade to
// their text in the exporter.
const nodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(64),
      children: z.array(nodeSchema).optional(),
      text: z.string().optional(),
      format: z.union([z.number(), z.string()]).optional(),
    })
    .passthrough(),
) as z.ZodType<SerializedNode>;

const docShape = z.object({
  root: z.object({ type: z.literal('root'), children: z.array(nodeSchema) }).passthrough(),
});

// The depth is measured iteratively first; the recursive shape check runs
// only on a document known to be shallow (a pipe stops at the first failure).
export const editorDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (nestsDeeperThan(value, MAX_JSON_DEPTH) || nodesTooDeep(value))
      ctx.addIssue({ code: 'custom', message: DOCUMENT_TOO_DEEP });
  })
  .pipe(docShape) as unknown as z.ZodType<EditorDoc>;
