/**
 * Word puts lists on the clipboard as plain paragraphs,
 * `<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'>`, each starting
 * with a typed-out marker in a `mso-list:Ignore` span ("·", "o", "1.", "a)").
 * Lexical would import them as paragraphs with a stray bullet character; this
 * rebuilds them as real, nested <ul>/<ol> lists in the pasted document.
 */

interface WordListItem {
  paragraph: HTMLElement;
  level: number;
  ordered: boolean;
}

const NUMBERED_MARKER = /^(\d+|[a-z]{1,3}|[ivxlcdm]+)[.)]$/i;

function msoList(element: Element): string | null {
  return /mso-list:\s*([^;"']+)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? null;
}

/** Reads and removes the typed-out marker; null when the paragraph is not a Word list item. */
function takeListItem(paragraph: HTMLElement): WordListItem | null {
  const list = msoList(paragraph);
  if (!list || /^ignore$/i.test(list.trim())) return null;
  const level = Number(/level(\d+)/i.exec(list)?.[1] ?? '1');
  const marker = Array.from(paragraph.querySelectorAll('span')).find((span) =>
    /^ignore$/i.test(msoList(span)?.trim() ?? ''),
  );
  const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  let parent = marker?.parentElement;
  marker?.remove();
  // The marker's Symbol-font wrapper would stay behind empty.
  while (parent && parent !== paragraph && !parent.textContent?.trim()) {
    const next: HTMLElement | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
  return { paragraph, level: Math.max(1, level), ordered: NUMBERED_MARKER.test(markerText) };
}

/** Consecutive list paragraphs (siblings with nothing but whitespace between) form one list. */
function collectRuns(doc: Document): WordListItem[][] {
  const runs: WordListItem[][] = [];
  let previous: HTMLElement | null = null;
  for (const paragraph of Array.from(doc.body.querySelectorAll<HTMLElement>('p[style*="mso-list" i]'))) {
    const item = takeListItem(paragraph);
    if (!item) continue;
    if (previous && paragraph.previousElementSibling === previous) runs[runs.length - 1].push(item);
    else runs.push([item]);
    previous = paragraph;
  }
  return runs;
}

function buildList(doc: Document, run: WordListItem[]): HTMLElement {
  const stack: Array<{ list: HTMLElement; level: number }> = [];
  for (const { paragraph, level, ordered } of run) {
    while (stack.length > 1 && stack[stack.length - 1].level > level) stack.pop();
    const top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (top) {
        // A deeper level belongs inside the item before it (or a new one when the paste starts deeper).
        const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
        parentItem.appendChild(list);
      }
      stack.push({ list, level });
    }
    const item = doc.createElement('li');
    item.append(...Array.from(paragraph.childNodes));
    stack[stack.length - 1].list.appendChild(item);
  }
  return stack[0].list;
}

export function convertWordLists(doc: Document): void {
  for (const run of collectRuns(doc)) {
    run[0].paragraph.before(buildList(doc, run));
    for (const { paragraph } of run) paragraph.remove();
  }
}
