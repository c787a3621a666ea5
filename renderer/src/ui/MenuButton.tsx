/**
 * A button that opens a menu of actions, as the WAI-ARIA menu-button pattern
 * describes: Enter, Space or the arrow keys open it on the first (or last)
 * item; arrows, Home and End move; Escape, Tab or a click elsewhere close it.
 * Items are real buttons, so they also work with a mouse and in tests.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ShortcutCommandId } from '../../../core/commands';
import { ariaKeyShortcuts, shortcutHint } from '../commands/shortcutHint';

interface MenuButtonProps {
  label: ReactNode;
  /** The menu's accessible name, e.g. "Export and send". */
  menuLabel: string;
  /** Something the menu started is still running (the button stays focusable). */
  busy?: boolean;
  testId?: string;
  className?: string;
  /** MenuGroup and MenuItem elements; choosing an item closes the menu. */
  children: ReactNode;
}

/** Marks a menu button, the same in every language (hidden from screen readers, who hear the popup state). */
const CARET = '▾';

const items = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []);

export function MenuButton({ label, menuLabel, busy, testId, className, children }: MenuButtonProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // Which item to focus once the menu is on screen.
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  const show = (where: 'first' | 'last') => {
    focusOnOpen.current = where;
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    const all = items(menu.current);
    (focusOnOpen.current === 'first' ? all[0] : all[all.length - 1])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items(menu.current);
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className={`menu ${className ?? ''}`} ref={root}>
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className="btn btn--small menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={onButtonKeyDown}
        data-testid={testId}
      >
        {label}
        <span className="menu__caret" aria-hidden="true">
          {CARET}
        </span>
      </button>
      {open && (
        <div
          ref={menu}
          id={`${id}-menu`}
          className="menu__popover"
          role="menu"
          // Focus lives on the items; the menu itself is reachable only from script, as the pattern has it.
          tabIndex={-1}
          aria-label={menuLabel}
          onKeyDown={onMenuKeyDown}
          // Any chosen item closes the menu and gives focus back to the button.
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('[role="menuitem"]')) close(true);
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}

/** A titled group of items inside a MenuButton. */
export function MenuGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="menu__group">
      <div id={id} className="menu__heading">
        {title}
      </div>
      {children}
    </div>
  );
}

interface MenuItemProps {
  label: string;
  /** One line under the label saying what the item gives. */
  hint?: string;
  icon?: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
  testId?: string;
  /** The app command (core/commands.ts) this item runs too: its shortcut is shown beside the label. */
  shortcut?: ShortcutCommandId;
}

export function MenuItem({ label, hint, icon, onSelect, disabled, testId, shortcut }: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="menu__item"
      disabled={disabled}
      onClick={onSelect}
      data-testid={testId}
      title={shortcut && shortcutHint(shortcut)}
      aria-keyshortcuts={shortcut && ariaKeyShortcuts(shortcut)}
    >
      <span className="menu__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="menu__text">
        <span className="menu__label">{label}</span>
        {hint && <span className="menu__hint">{hint}</span>}
      </span>
      {shortcut && (
        <kbd className="menu__shortcut" aria-hidden="true">
          {shortcutHint(shortcut)}
        </kbd>
      )}
    </button>
  );
}
