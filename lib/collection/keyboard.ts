// The collection page's keys as a pure function of the key and the page's state, so the rules are
// tested without a DOM: j/k or arrows move, Enter opens, / searches, x selects, Esc closes.

export type KeyCommand =
  | { type: 'move'; to: number }
  | { type: 'open'; index: number }
  | { type: 'toggle-select'; index: number }
  | { type: 'focus-search' }
  | { type: 'leave-field' }
  | { type: 'close-editor' }
  /** The editor has unsaved edits: the first Esc warns, a second one discards. */
  | { type: 'confirm-close' };

export interface KeyContext {
  /** Highlighted row, -1 when none. */
  cursor: number;
  count: number;
  /** Focus is in a text field, select or textarea: letters there are typing, not commands. */
  inField: boolean;
  editorOpen: boolean;
  editorDirty: boolean;
  /** Esc was already pressed once on a dirty editor. */
  closeWarned: boolean;
  /** Rows that fit on screen, for PageUp/PageDown. */
  page: number;
}

export function keyCommand(key: string, mods: { ctrl: boolean; meta: boolean; alt: boolean }, ctx: KeyContext): KeyCommand | null {
  if (mods.ctrl || mods.meta || mods.alt) return null; // browser and editor shortcuts stay theirs
  if (key === 'Escape') {
    if (ctx.editorOpen) return ctx.editorDirty && !ctx.closeWarned ? { type: 'confirm-close' } : { type: 'close-editor' };
    return ctx.inField ? { type: 'leave-field' } : null;
  }
  if (ctx.inField || ctx.editorOpen) return null;
  if (ctx.count === 0) return key === '/' ? { type: 'focus-search' } : null;
  const last = ctx.count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return { type: 'move', to: ctx.cursor < 0 ? 0 : clamp(ctx.cursor + 1) };
    case 'k':
    case 'ArrowUp':
      return { type: 'move', to: ctx.cursor < 0 ? 0 : clamp(ctx.cursor - 1) };
    case 'PageDown':
      return { type: 'move', to: clamp(Math.max(ctx.cursor, 0) + Math.max(1, ctx.page)) };
    case 'PageUp':
      return { type: 'move', to: clamp(ctx.cursor - Math.max(1, ctx.page)) };
    case 'Home':
      return { type: 'move', to: 0 };
    case 'End':
      return { type: 'move', to: last };
    case 'Enter':
      return ctx.cursor >= 0 ? { type: 'open', index: Math.min(ctx.cursor, last) } : null;
    case 'x':
      return ctx.cursor >= 0 ? { type: 'toggle-select', index: Math.min(ctx.cursor, last) } : null;
    case '/':
      return { type: 'focus-search' };
    default:
      return null;
  }
}
