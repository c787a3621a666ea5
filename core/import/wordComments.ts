/**
 * The Word comments of a DOCX: their text (word/comments.xml), the document
 * text each was made on (between its w:commentRangeStart and
 * w:commentRangeEnd), their replies and their resolved flag
 * (word/commentsExtended.xml).
 *
 * Word ties a reply to its parent by paragraph ids: each comment's last
 * paragraph has a w14:paraId, and the reply's w15:commentEx names its
 * parent's as w15:paraIdParent. LibreOffice up to 7.4 (at least) writes no
 * parent: a reply is a comment of its own with no range, whose reference
 * stands right after its parent's. That is how such a comment is read here
 * too, when commentsExtended.xml gives it no parent.
 */
import type { Element, Node } from '@xmldom/xmldom';
import { MAIN_DOCUMENT } from './docxChecks';
import { partXml, type DocxPackage, type WordComment, type WordCommentEntry } from './docxPackage';
import { attr, elements, is, isElement, MC, W, W14, W15 } from './wordXml';

interface Parsed extends WordCommentEntry {
  id: string;
  /** The w14:paraId of its last paragraph, which commentsExtended.xml refers to. */
  paraId?: string;
  parentParaId?: string;
  resolved: boolean;
}

export function readWordComments(pkg: DocxPackage): WordComment[] {
  const commentsPart = partXml(pkg, 'word/comments.xml');
  if (!commentsPart) return [];
  const parsed = elements(commentsPart, W, 'comment').map(readComment);
  readExtended(pkg, parsed);

  const doc = partXml(pkg, MAIN_DOCUMENT);
  const body = doc?.documentElement ?? undefined;
  const anchors = body ? readAnchors(body) : new Map<string, string>();
  const ranged = new Set(doc ? elements(doc, W, 'commentRangeStart').map((el) => attr(el, W, 'id')) : []);
  const follows = body ? referenceFollows(body) : new Map<string, string>();

  const byId = new Map(parsed.map((comment) => [comment.id, comment]));
  const byParaId = new Map(parsed.filter((c) => c.paraId).map((comment) => [comment.paraId, comment]));
  const parentOf = (comment: Parsed): Parsed | undefined => {
    if (comment.parentParaId) return byParaId.get(comment.parentParaId);
    const before = follows.get(comment.id);
    // LibreOffice's reply: no range of its own, its reference right after its parent's.
    return before !== undefined && !ranged.has(comment.id) ? byId.get(before) : undefined;
  };
  const rootOf = (comment: Parsed): Parsed => {
    const seen = new Set<Parsed>();
    let root = comment;
    for (let up = parentOf(root); up && !seen.has(up); up = parentOf(root)) {
      seen.add(root);
      root = up;
    }
    return root;
  };

  const threads = new Map<Parsed, Parsed[]>();
  for (const comment of parsed) {
    const root = rootOf(comment);
    if (!threads.has(root)) threads.set(root, []);
    if (root !== comment) threads.get(root)?.push(comment);
  }
  return [...threads].map(([root, replies]) => ({
    id: root.id,
    author: root.author,
    ...(root.date ? { date: root.date } : {}),
    text: root.text,
    anchor: anchors.get(root.id) ?? '',
    replies: oldestFirst(replies).map(({ author, date, text }) => ({
      author,
      ...(date ? { date } : {}),
      text,
    })),
    resolved: root.resolved,
  }));
}

function readComment(el: Element): Parsed {
  const paragraphs = [...el.getElementsByTagNameNS(W, 'p')];
  const last = paragraphs.at(-1);
  const date = attr(el, W, 'date');
  return {
    id: attr(el, W, 'id') ?? '',
    author: attr(el, W, 'author') ?? '',
    ...(date ? { date } : {}),
    text: paragraphs.map((p) => textOf(p)).join('\n'),
    ...(last && attr(last, W14, 'paraId') ? { paraId: attr(last, W14, 'paraId') ?? '' } : {}),
    resolved: false,
  };
}

function readExtended(pkg: DocxPackage, parsed: Parsed[]): void {
  const extended = partXml(pkg, 'word/commentsExtended.xml');
  if (!extended) return;
  const byParaId = new Map(parsed.filter((c) => c.paraId).map((comment) => [comment.paraId, comment]));
  for (const ex of elements(extended, W15, 'commentEx')) {
    const comment = byParaId.get(attr(ex, W15, 'paraId') ?? '');
    if (!comment) continue;
    const parent = attr(ex, W15, 'paraIdParent');
    if (parent) comment.parentParaId = parent;
    const done = attr(ex, W15, 'done');
    comment.resolved = done === '1' || done === 'true';
  }
}

/** Replies by date where both have one, else in the file's order. */
function oldestFirst(replies: Parsed[]): Parsed[] {
  return replies
    .map((reply, order) => ({ reply, order }))
    .sort((a, b) =>
      a.reply.date && b.reply.date && a.reply.date !== b.reply.date
        ? a.reply.date < b.reply.date
          ? -1
          : 1
        : a.order - b.order,
    )
    .map(({ reply }) => reply);
}

/** The text of a paragraph or run as the reader sees it: w:t, tabs and line breaks; deleted text left out. */
export function textOf(root: Element): string {
  let text = '';
  walk(root, (el) => {
    const piece = leafText(el);
    if (piece !== undefined) text += piece;
    return !is(el, W, 'del') && !is(el, W, 'moveFrom');
  });
  return text;
}

function leafText(el: Element): string | undefined {
  if (el.namespaceURI !== W) return undefined;
  if (el.localName === 't') return el.textContent ?? '';
  if (el.localName === 'tab' && !is(el.parentNode, W, 'tabs')) return '\t';
  if (el.localName === 'br' && (attr(el, W, 'type') ?? 'textWrapping') === 'textWrapping') return '\n';
  if (el.localName === 'cr') return '\n';
  if (el.localName === 'noBreakHyphen') return '-';
  return undefined;
}

/** Depth-first, in document order; `enter` returns false to skip an element's children. mc:Fallback is skipped. */
function walk(root: Element, enter: (el: Element) => boolean, leave?: (el: Element) => void): void {
  const visit = (node: Node) => {
    if (!isElement(node) || is(node, MC, 'Fallback')) return;
    if (enter(node)) for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    leave?.(node);
  };
  visit(root);
}

/**
 * Each comment's anchor: the text between its range start and end, in
 * document order, paragraphs joined by "\n". Deleted text (w:delText, inside
 * w:del or w:moveFrom) is not part of it: the import takes deletions as made.
 */
function readAnchors(body: Element): Map<string, string> {
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  walk(
    body,
    (el) => {
      if (is(el, W, 'commentRangeStart')) open.set(attr(el, W, 'id') ?? '', '');
      else if (is(el, W, 'commentRangeEnd')) {
        const id = attr(el, W, 'id') ?? '';
        const anchor = open.get(id);
        if (anchor !== undefined) done.set(id, anchor.replace(/\n+$/, ''));
        open.delete(id);
      } else {
        const piece = leafText(el);
        if (piece !== undefined) for (const [id, anchor] of open) open.set(id, anchor + piece);
      }
      return !is(el, W, 'del') && !is(el, W, 'moveFrom');
    },
    (el) => {
      if (!is(el, W, 'p')) return;
      for (const [id, anchor] of open) if (anchor) open.set(id, `${anchor}\n`);
    },
  );
  return done;
}

/**
 * For each comment whose reference run comes right after another comment's
 * reference run (nothing but empty runs between), that other comment's id.
 */
function referenceFollows(body: Element): Map<string, string> {
  const follows = new Map<string, string>();
  for (const reference of body.getElementsByTagNameNS(W, 'commentReference')) {
    const run = reference.parentNode;
    if (!isElement(run)) continue;
    for (let before = run.previousSibling; before; before = before.previousSibling) {
      if (!isElement(before)) continue;
      const previous = [...before.getElementsByTagNameNS(W, 'commentReference')].at(-1);
      if (previous) {
        follows.set(attr(reference, W, 'id') ?? '', attr(previous, W, 'id') ?? '');
        break;
      }
      if (!is(before, W, 'r') || textOf(before) !== '') break;
    }
  }
  return follows;
}
