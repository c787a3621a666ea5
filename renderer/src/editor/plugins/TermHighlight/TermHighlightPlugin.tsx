/**
 * "Highlight terms": marks the termbase's terms in an editor, forbidden
 * English variants in the warning colour, and shows the entry in a small card
 * when the mouse rests on a term or the caret is inside one.
 *
 * Why the CSS Custom Highlight API (`CSS.highlights`) and not Lexical nodes or
 * marks: highlighting is a way of looking at the text, not part of it. Marks
 * in the document would be saved with the letter, go into its versions and
 * exports, split the text nodes the comments and the history compare, and
 * take an undo step each time a term was typed. A highlight is a set of DOM
 * Ranges the browser paints over the text without touching the DOM or
 * Lexical's state, so the saved JSON is the same with it on or off. The
 * ranges are rebuilt from the editor's text nodes after each update, a moment
 * after typing stops (Ranges follow edits in between on their own).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Side } from '../../../../../core/sides';
import type { TermEntry } from '../../../../../core/terms/termEntry';
import { useApi } from '../../../app/ApiContext';
import { useHighlightTerms, useTermbase } from '../../../terms/termbaseStore';
import { TermCard } from './TermCard';
import { termAt, termRanges, type TermRange } from './termRanges';

/** Names the stylesheet paints (editor's `::highlight(…)` rules in styles/terms.css). */
const HIGHLIGHT = { term: 'letterdesk-term', forbidden: 'letterdesk-term-forbidden' } as const;
/** Typing settles before the ranges are rebuilt. */
const UPDATE_DELAY_MS = 150;

/** Said on the window when a pane shows its card: one card on the page at a time, the latest. */
const CARD_SHOWN = 'letterdesk:term-card';

/** Each editor's ranges; the page has one highlight per name, so both panes' ranges are painted together. */
const paneRanges = new Map<symbol, TermRange[]>();

function paint(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const all = [...paneRanges.values()].flat();
  const of = (forbidden: boolean) =>
    new Highlight(
      ...all.filter(({ hit }) => (hit.kind === 'forbidden') === forbidden).map(({ range }) => range),
    );
  CSS.highlights.set(HIGHLIGHT.term, of(false));
  CSS.highlights.set(HIGHLIGHT.forbidden, of(true));
}

export interface ShownTerm {
  entry: TermEntry;
  hit: TermRange['hit'];
  /** Where the term stands on the screen, to place the card below it. */
  rect: DOMRect;
  /** Shown for the caret (the keyboard), not the mouse: the editor is described by the card meanwhile. */
  byCaret: boolean;
}

export function TermHighlightPlugin({ side }: { side: Side }) {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const on = useHighlightTerms();
  const termbase = useTermbase(api, on);
  const ranges = useRef<TermRange[]>([]);
  const [shown, setShown] = useState<ShownTerm | null>(null);
  const language = side === 'preface' ? 'zh' : 'en';

  useEffect(() => {
    if (!on || !termbase) return;
    const key = Symbol(side);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rebuild = () => {
      const root = editor.getRootElement();
      ranges.current = root ? termRanges(root, termbase.matcher, language) : [];
      paneRanges.set(key, ranges.current);
      paint();
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, UPDATE_DELAY_MS);
    };
    rebuild();

    const show = (node: Node, offset: number, byCaret: boolean) => {
      const found = termAt(ranges.current, node, offset);
      const entry = found && termbase.matcher.entry(found.hit.entryId);
      // Off a term: the caret's card goes when the caret leaves; the mouse's when the mouse does.
      if (!found || !entry) return setShown((now) => (byCaret || !now?.byCaret ? null : now));
      window.dispatchEvent(new CustomEvent(CARD_SHOWN, { detail: key }));
      setShown({ entry, hit: found.hit, rect: found.range.getBoundingClientRect(), byCaret });
    };
    const onOtherCard = (event: Event) => {
      if ((event as CustomEvent<symbol>).detail !== key) setShown(null);
    };
    window.addEventListener(CARD_SHOWN, onOtherCard);
    const onMouseMove = (event: MouseEvent) => {
      const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (caret) show(caret.offsetNode, caret.offset, false);
    };
    const onMouseLeave = () => setShown((now) => (now?.byCaret ? now : null));
    const onCaret = () => {
      const selection = window.getSelection();
      const root = editor.getRootElement();
      if (!selection?.isCollapsed || !selection.anchorNode || !root?.contains(selection.anchorNode)) {
        setShown((now) => (now?.byCaret ? null : now));
        return false;
      }
      show(selection.anchorNode, selection.anchorOffset, true);
      return false;
    };
    const onBlur = () => setShown(null);
    // The card can be put away without moving (WCAG 1.4.13); Escape goes on to whatever else it does.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setShown(null);
    };

    const listen = (root: HTMLElement | null, add: boolean) => {
      if (!root) return;
      if (add) {
        root.addEventListener('mousemove', onMouseMove);
        root.addEventListener('mouseleave', onMouseLeave);
        root.addEventListener('blur', onBlur);
        root.addEventListener('keydown', onKeyDown);
      } else {
        root.removeEventListener('mousemove', onMouseMove);
        root.removeEventListener('mouseleave', onMouseLeave);
        root.removeEventListener('blur', onBlur);
        root.removeEventListener('keydown', onKeyDown);
      }
    };
    let listened: HTMLElement | null = null;

    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size || dirtyLeaves.size) later();
      }),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, onCaret, COMMAND_PRIORITY_LOW),
      editor.registerRootListener((root) => {
        listen(listened, false);
        listen(root, true);
        listened = root;
        later();
      }),
    );
    return () => {
      unregister();
      listen(listened, false);
      window.removeEventListener(CARD_SHOWN, onOtherCard);
      clearTimeout(timer);
      paneRanges.delete(key);
      paint();
      ranges.current = [];
      setShown(null);
    };
  }, [editor, on, termbase, side, language]);

  // While the card is shown for the caret, the editor says so to a screen reader.
  const cardId = `term-card-${side}`;
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !shown?.byCaret) return;
    root.setAttribute('aria-describedby', cardId);
    return () => root.removeAttribute('aria-describedby');
  }, [editor, shown, cardId]);

  return shown ? <TermCard id={cardId} shown={shown} /> : null;
}
