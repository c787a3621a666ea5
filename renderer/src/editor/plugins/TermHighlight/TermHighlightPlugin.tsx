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
 * after typing stops.
 *
 * The card meets WCAG 2.1 SC 1.4.13 (hoverable, dismissible with Escape,
 * persistent); when it shows and why is termCardState.ts.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Side } from '../../../../../core/sides';
import type { TermEntry } from '../../../../../core/terms/termEntry';
import { useApi } from '../../../app/ApiContext';
import { useHighlightTerms, useTermbase } from '../../../terms/termbaseStore';
import { TermCard, TermCardSpoken } from './TermCard';
import { TermCardState, type CardShown, type CardSource } from './termCardState';
import { lineAround, termAt, termRanges, type TermRange } from './termRanges';

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

/** The same term of the text: ranges are rebuilt after each edit, so not the same objects. */
const sameTerm = (a: TermRange, b: TermRange) =>
  a === b || (a.hit.entryId === b.hit.entryId && a.hit.start === b.hit.start && a.hit.end === b.hit.end);

export interface ShownTerm {
  entry: TermEntry;
  hit: TermRange['hit'];
  /** Where the card goes: next to this rectangle (read again when the page scrolls). */
  anchor: () => DOMRect;
  by: CardSource;
}

export function TermHighlightPlugin({ side }: { side: Side }) {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const on = useHighlightTerms();
  const termbase = useTermbase(api, on);
  const state = useRef<TermCardState<TermRange> | null>(null);
  const [shown, setShown] = useState<ShownTerm | null>(null);
  const language = side === 'preface' ? 'zh' : 'en';

  useEffect(() => {
    if (!on || !termbase) return;
    const key = Symbol(side);
    let ranges: TermRange[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The text changed since the ranges were built: nothing is looked up in them until the rebuild. */
    let stale = false;
    /** Which line of a term the mouse is on (a term can wrap), and where the caret is: to place the card. */
    let pointerLine = 0;
    let caretAt: Range | null = null;

    const toShown = (shown: CardShown<TermRange> | null): ShownTerm | null => {
      const entry = shown && termbase.matcher.entry(shown.term.hit.entryId);
      if (!shown || !entry) return null;
      const { range } = shown.term;
      const caret = shown.by === 'caret' ? caretAt : null;
      const line = pointerLine;
      const anchor = () => {
        if (!caret) return range.getClientRects()[line] ?? range.getBoundingClientRect();
        // Next to the caret, on the term's line it is in.
        const spot = caret.getBoundingClientRect();
        const row = lineAround(range, spot.top + spot.height / 2) ?? range.getBoundingClientRect();
        return new DOMRect(spot.width || spot.height ? spot.left : row.left, row.top, 1, row.height);
      };
      return { entry, hit: shown.term.hit, anchor, by: shown.by };
    };
    const card = new TermCardState<TermRange>((next) => {
      if (next) window.dispatchEvent(new CustomEvent(CARD_SHOWN, { detail: key }));
      setShown(toShown(next));
    }, sameTerm);
    state.current = card;

    const readCaret = () => {
      const selection = window.getSelection();
      const root = editor.getRootElement();
      const inside =
        !stale &&
        selection?.isCollapsed &&
        selection.anchorNode &&
        root?.contains(selection.anchorNode) &&
        document.activeElement === root;
      if (!inside) return card.caretAt(null);
      caretAt = selection.getRangeAt(0).cloneRange();
      card.caretAt(termAt(ranges, selection.anchorNode, selection.anchorOffset));
    };
    const rebuild = () => {
      const root = editor.getRootElement();
      ranges = root ? termRanges(root, termbase.matcher, language) : [];
      paneRanges.set(key, ranges);
      paint();
      stale = false;
      readCaret();
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, UPDATE_DELAY_MS);
    };

    const onOtherCard = (event: Event) => {
      if ((event as CustomEvent<symbol>).detail !== key) card.invalidate();
    };
    window.addEventListener(CARD_SHOWN, onOtherCard);
    const onMouseMove = (event: MouseEvent) => {
      if (stale) return;
      const { clientX: x, clientY: y } = event;
      const caret = document.caretPositionFromPoint(x, y);
      const found = caret && termAt(ranges, caret.offsetNode, caret.offset);
      // The nearest caret place is a term's also beside a line's end: only the term's own boxes count.
      const line = found ? [...found.range.getClientRects()].findIndex((box) => contains(box, x, y)) : -1;
      if (!found || line < 0) return card.pointerAt(null);
      pointerLine = line;
      card.pointerAt(found);
    };
    const onMouseLeave = () => card.pointerAway();
    const onBlur = () => card.caretAt(null);

    const listen = (root: HTMLElement | null, add: boolean) => {
      if (!root) return;
      if (add) {
        root.addEventListener('mousemove', onMouseMove);
        root.addEventListener('mouseleave', onMouseLeave);
        root.addEventListener('blur', onBlur);
      } else {
        root.removeEventListener('mousemove', onMouseMove);
        root.removeEventListener('mouseleave', onMouseLeave);
        root.removeEventListener('blur', onBlur);
      }
    };
    let listened: HTMLElement | null = null;

    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (!dirtyElements.size && !dirtyLeaves.size) return;
        // What the card says may no longer hold (1.4.13: it goes when its information is no longer valid).
        stale = true;
        card.invalidate();
        later();
      }),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          readCaret();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // Lexical calls this at once with the current root, which makes it the first match, and again
      // whenever the root changes (after reconciling into it): ranges belong to the root they were built in.
      editor.registerRootListener((root) => {
        listen(listened, false);
        listen(root, true);
        listened = root;
        rebuild();
      }),
    );
    return () => {
      unregister();
      listen(listened, false);
      window.removeEventListener(CARD_SHOWN, onOtherCard);
      clearTimeout(timer);
      card.dispose();
      state.current = null;
      paneRanges.delete(key);
      paint();
      setShown(null);
    };
  }, [editor, on, termbase, side, language]);

  // Escape puts the card away wherever the focus is (the mouse's card shows whatever has it), and does
  // nothing else: taken in the capture phase, before Lexical, a dialog or the history bar would act on it.
  // Not while an input method is composing: there Escape cancels the composition.
  useEffect(() => {
    if (!shown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || !state.current?.dismiss()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [shown]);

  return (
    <>
      {shown && <TermCard shown={shown} onHover={(over) => state.current?.pointerOnCard(over)} />}
      {on && <TermCardSpoken shown={shown?.by === 'caret' ? shown : null} />}
    </>
  );
}

function contains(box: DOMRect, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}
