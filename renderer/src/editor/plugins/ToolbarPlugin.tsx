/**
 * The formatting bar above each editor. Buttons mirror the selection (bold
 * lights up inside bold text) and carry their shortcut in the tooltip. Lexical
 * already binds Ctrl/Cmd+B/I/U/Z and Shift+Z; Ctrl/Cmd+K opens the link dialog.
 */
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../../../core/i18n/wording';
import type { Side } from '../../../../core/sides';
import { useCommentsContext } from '../../comments/CommentsContext';
import { ariaKeyShortcuts, shortcutHint } from '../../commands/shortcutHint';
import { BulletListIcon, CommentIcon, LinkIcon, NumberedListIcon, RedoIcon, UndoIcon } from '../../ui/icons';
import { shortcut } from '../../ui/shortcut';
import { ADD_COMMENT_COMMAND } from './CommentPlugin/CommentPlugin';
import { InsertFieldDialog } from './InsertFieldDialog';
import { LinkDialog } from './LinkDialog';

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  list: 'bullet' | 'number' | null;
  link: boolean;
  /** Some text is selected: it can be commented on. */
  text: boolean;
}

const LABELS = defineMessages({
  prefaceToolbar: { id: 'editor.toolbar.prefaceLabel', defaultMessage: 'Chinese preface formatting' },
  bodyToolbar: { id: 'editor.toolbar.bodyLabel', defaultMessage: 'English letter formatting' },
  bold: { id: 'editor.toolbar.bold', defaultMessage: 'Bold' },
  italic: { id: 'editor.toolbar.italic', defaultMessage: 'Italic' },
  underline: { id: 'editor.toolbar.underline', defaultMessage: 'Underline' },
  bulletList: { id: 'editor.toolbar.bulletList', defaultMessage: 'Bulleted list' },
  numberedList: { id: 'editor.toolbar.numberedList', defaultMessage: 'Numbered list' },
  link: { id: 'editor.toolbar.link', defaultMessage: 'Link' },
  removeLink: { id: 'editor.toolbar.removeLink', defaultMessage: 'Remove link' },
  insertField: { id: 'editor.toolbar.insertField', defaultMessage: 'Insert field' },
  undo: { id: 'editor.toolbar.undo', defaultMessage: 'Undo' },
  redo: { id: 'editor.toolbar.redo', defaultMessage: 'Redo' },
  comment: { id: 'editor.toolbar.comment', defaultMessage: 'Comment' },
});

/** The tooltips of the buttons that have a shortcut: the name, then the keys as this platform writes them. */
const TITLES = defineMessages({
  bold: { id: 'editor.toolbar.boldTitle', defaultMessage: 'Bold ({keys})' },
  italic: { id: 'editor.toolbar.italicTitle', defaultMessage: 'Italic ({keys})' },
  underline: { id: 'editor.toolbar.underlineTitle', defaultMessage: 'Underline ({keys})' },
  link: { id: 'editor.toolbar.linkTitle', defaultMessage: 'Link ({keys})' },
  removeLink: { id: 'editor.toolbar.removeLinkTitle', defaultMessage: 'Remove link ({keys})' },
  undo: { id: 'editor.toolbar.undoTitle', defaultMessage: 'Undo ({keys})' },
  redo: { id: 'editor.toolbar.redoTitle', defaultMessage: 'Redo ({keys})' },
  comment: { id: 'editor.toolbar.commentTitle', defaultMessage: 'Comment on the selected text ({keys})' },
});

/** The letters on the formatting buttons, as word processors show them in every language. */
const GLYPHS = { bold: 'B', italic: 'I', underline: 'U', field: '{ }' };

const INITIAL: ToolbarState = {
  bold: false,
  italic: false,
  underline: false,
  list: null,
  link: false,
  text: false,
};

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return INITIAL;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  const listType = $isListNode(list) ? list.getListType() : null;
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    list: listType === 'bullet' || listType === 'number' ? listType : null,
    link: $isLinkNode(anchor.getParent()) || $isLinkNode(anchor),
    text: !selection.isCollapsed(),
  };
}

const sameState = (a: ToolbarState, b: ToolbarState) =>
  (Object.keys(a) as Array<keyof ToolbarState>).every((key) => a[key] === b[key]);

interface ToolButtonProps {
  label: string;
  /** The tooltip, when it says more than the label (the shortcut). */
  title?: string;
  active?: boolean;
  disabled?: boolean;
  /** The app command's shortcut, as `aria-keyshortcuts` writes it. */
  keyShortcuts?: string;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, title, active, disabled, keyShortcuts, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={active ? 'tool tool--active' : 'tool'}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      title={title ?? label}
      aria-keyshortcuts={keyShortcuts}
      disabled={disabled}
      // Keep the editor's selection: a toolbar click must not steal focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function ToolbarPlugin({ side }: { side: Side }) {
  const [editor] = useLexicalComposerContext();
  const intl = useIntl();
  const t = (message: (typeof LABELS)[keyof typeof LABELS]) => intl.formatMessage(message);
  const tip = (message: (typeof TITLES)[keyof typeof TITLES], keys: string) =>
    intl.formatMessage(message, { keys });
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [editable, setEditable] = useState(() => editor.isEditable());
  const [linkDialog, setLinkDialog] = useState(false);
  const [fieldDialog, setFieldDialog] = useState(false);
  // Only in a letter's panes: a template has no comments.
  const commenting = useCommentsContext() !== null;

  // Every keystroke reads the selection; re-render only when a button's state really changes.
  const refresh = useCallback(() => {
    const next = editor.getEditorState().read($readToolbarState);
    setState((prev) => (sameState(prev, next) ? prev : next));
  }, [editor]);

  const toggleLink = useCallback(() => {
    const isLink = editor.getEditorState().read(() => $readToolbarState().link);
    if (isLink) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    else setLinkDialog(true);
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(refresh),
        editor.registerEditableListener(setEditable),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            refresh();
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const mod = event.metaKey || event.ctrlKey;
            if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return false;
            event.preventDefault();
            toggleLink();
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor, refresh, toggleLink],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const list = (type: 'bullet' | 'number') => {
    if (state.list === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else
      editor.dispatchCommand(
        type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
        undefined,
      );
  };

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t(side === 'preface' ? LABELS.prefaceToolbar : LABELS.bodyToolbar)}
    >
      <ToolButton
        label={t(LABELS.bold)}
        title={tip(TITLES.bold, shortcut('B'))}
        active={state.bold}
        disabled={!editable}
        onClick={() => format('bold')}
      >
        <span className="tool__glyph tool__glyph--bold" aria-hidden="true">
          {GLYPHS.bold}
        </span>
      </ToolButton>
      <ToolButton
        label={t(LABELS.italic)}
        title={tip(TITLES.italic, shortcut('I'))}
        active={state.italic}
        disabled={!editable}
        onClick={() => format('italic')}
      >
        <span className="tool__glyph tool__glyph--italic" aria-hidden="true">
          {GLYPHS.italic}
        </span>
      </ToolButton>
      <ToolButton
        label={t(LABELS.underline)}
        title={tip(TITLES.underline, shortcut('U'))}
        active={state.underline}
        disabled={!editable}
        onClick={() => format('underline')}
      >
        <span className="tool__glyph tool__glyph--underline" aria-hidden="true">
          {GLYPHS.underline}
        </span>
      </ToolButton>
      <span className="toolbar__divider" />
      <ToolButton
        label={t(LABELS.bulletList)}
        active={state.list === 'bullet'}
        disabled={!editable}
        onClick={() => list('bullet')}
      >
        <BulletListIcon />
      </ToolButton>
      <ToolButton
        label={t(LABELS.numberedList)}
        active={state.list === 'number'}
        disabled={!editable}
        onClick={() => list('number')}
      >
        <NumberedListIcon />
      </ToolButton>
      <ToolButton
        label={t(state.link ? LABELS.removeLink : LABELS.link)}
        title={tip(state.link ? TITLES.removeLink : TITLES.link, shortcut('K'))}
        active={state.link}
        disabled={!editable}
        onClick={toggleLink}
      >
        <LinkIcon />
      </ToolButton>
      <ToolButton label={t(LABELS.insertField)} disabled={!editable} onClick={() => setFieldDialog(true)}>
        <span className="tool__glyph tool__glyph--field" aria-hidden="true" data-testid="insert-field">
          {GLYPHS.field}
        </span>
      </ToolButton>
      {commenting && (
        <ToolButton
          label={t(LABELS.comment)}
          title={tip(TITLES.comment, shortcutHint('letter.comment'))}
          keyShortcuts={ariaKeyShortcuts('letter.comment')}
          disabled={!editable || !state.text}
          onClick={() => editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined)}
        >
          <CommentIcon />
        </ToolButton>
      )}
      <span className="toolbar__divider" />
      <ToolButton
        label={t(LABELS.undo)}
        title={tip(TITLES.undo, shortcut('Z'))}
        disabled={!editable || !canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <UndoIcon />
      </ToolButton>
      <ToolButton
        label={t(LABELS.redo)}
        title={tip(TITLES.redo, shortcut('Z', { shift: true }))}
        disabled={!editable || !canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <RedoIcon />
      </ToolButton>
      {linkDialog && <LinkDialog onClose={() => setLinkDialog(false)} />}
      {fieldDialog && <InsertFieldDialog onClose={() => setFieldDialog(false)} />}
    </div>
  );
}
