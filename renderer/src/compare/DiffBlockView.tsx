/**
 * One block of a compared (or read-only) side and its parts, styled as the
 * editor styles that kind of block. Inserted words are <ins> (underlined),
 * deleted ones <del> (struck through): the marks do not rest on colour alone,
 * and screen readers, which mostly say nothing of <ins>/<del>, hear
 * "inserted"/"deleted" from visually hidden text before each.
 */
import { Fragment, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { DiffBlock, DiffPart } from '../../../core/compare/comparison';
import { defineMessages } from '../../../core/i18n/wording';

const MESSAGES = defineMessages({
  inserted: { id: 'compare.part.inserted', defaultMessage: 'Inserted:' },
  deleted: { id: 'compare.part.deleted', defaultMessage: 'Deleted:' },
  insertedEnd: { id: 'compare.part.insertedEnd', defaultMessage: '(end of insertion)' },
  deletedEnd: { id: 'compare.part.deletedEnd', defaultMessage: '(end of deletion)' },
});

const spaced = (text: string) => ` ${text} `;

function Part({ part }: { part: DiffPart }) {
  const intl = useIntl();
  if (part.change === 'same') return <>{part.text}</>;
  const inserted = part.change === 'inserted';
  const Mark = inserted ? 'ins' : 'del';
  // The hidden words are the interface's, in its language, inside the letter's text.
  // Spaced, so a screen reader does not run the word into the letter's text.
  const say = (text: string) => (
    <span className="sr-only" lang={intl.locale} translate="yes">
      {spaced(text)}
    </span>
  );
  return (
    <Mark className={`diff-part diff-part--${part.change}`}>
      {say(intl.formatMessage(inserted ? MESSAGES.inserted : MESSAGES.deleted))}
      {part.text}
      {say(intl.formatMessage(inserted ? MESSAGES.insertedEnd : MESSAGES.deletedEnd))}
    </Mark>
  );
}

/** The editor's class for each kind of block (renderer/src/styles/editor.css). */
function blockClass(block: DiffBlock): string {
  switch (block.kind) {
    case 'heading':
      return `ed-h${Math.min(block.level ?? 2, 3)}`;
    case 'quote':
      return 'ed-quote';
    case 'listItem':
      return 'ed-li';
    default:
      return 'ed-paragraph';
  }
}

export function DiffBlockView({ block }: { block: DiffBlock }) {
  const className = `${blockClass(block)} diff-block diff-block--${block.change}`;
  const parts = block.parts.map((part, index) => <Part key={index} part={part} />);
  // Headings are drawn as headings, not made ones: the page around has its own outline.
  if (block.kind === 'quote') return <blockquote className={className}>{parts}</blockquote>;
  if (block.kind === 'listItem') return <li className={className}>{parts}</li>;
  return <p className={className}>{parts}</p>;
}

/** A side's blocks in order, list items gathered into lists. */
export function DiffBlocks({ blocks }: { blocks: readonly DiffBlock[] }) {
  const out: ReactNode[] = [];
  let items: ReactNode[] = [];
  const flushList = () => {
    if (items.length)
      out.push(
        <ul key={`list-${out.length}`} className="ed-ul">
          {items}
        </ul>,
      );
    items = [];
  };
  blocks.forEach((block, index) => {
    const view = <DiffBlockView key={index} block={block} />;
    if (block.kind === 'listItem') items.push(view);
    else {
      flushList();
      out.push(view);
    }
  });
  flushList();
  return <Fragment>{out}</Fragment>;
}
