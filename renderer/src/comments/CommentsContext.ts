/**
 * The open letter's comments, for everything that shows or changes them: the
 * panel, the top bar's toggle, each editor's CommentPlugin and toolbar button.
 * Null outside a letter (the template editor), where commenting is not offered.
 */
import { createContext, useContext } from 'react';
import type { Comments } from './useComments';

export const CommentsContext = createContext<Comments | null>(null);

export function useCommentsContext(): Comments | null {
  return useContext(CommentsContext);
}
