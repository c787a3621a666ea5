/** Checks a stored editor document's shape (see ../editorDoc.ts for the format). */
import { z } from 'zod';
import type { EditorDoc, SerializedNode } from '../editorDoc';

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

export const editorDocSchema = z.object({
  root: z.object({ type: z.literal('root'), children: z.array(nodeSchema) }).passthrough(),
}) as unknown as z.ZodType<EditorDoc>;
