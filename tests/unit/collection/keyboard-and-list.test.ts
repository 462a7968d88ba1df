import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyContext } from '@/lib/collection/keyboard';
import { runPool } from '@/lib/collection/run-pool';
import { scrollToRow, visibleRange } from '@/lib/collection/virtual-range';

const none = { ctrl: false, meta: false, alt: false };
const ctx = (over: Partial<KeyContext> = {}): KeyContext => ({ cursor: 0, count: 10, inField: false, editorOpen: false, editorDirty: false, closeWarned: false, page: 5, ...over });

describe('keyboard', () => {
  it('moves with j/k and the arrows, within the list', () => {
    expect(keyCommand('j', none, ctx({ cursor: -1 }))).toEqual({ type: 'move', to: 0 });
    expect(keyCommand('j', none, ctx({ cursor: 3 }))).toEqual({ type: 'move', to: 4 });
    expect(keyCommand('ArrowDown', none, ctx({ cursor: 9 }))).toEqual({ type: 'move', to: 9 });
    expect(keyCommand('k', none, ctx({ cursor: 0 }))).toEqual({ type: 'move', to: 0 });
    expect(keyCommand('ArrowUp', none, ctx({ cursor: 5 }))).toEqual({ type: 'move', to: 4 });
    expect(keyCommand('PageDown', none, ctx({ cursor: 7 }))).toEqual({ type: 'move', to: 9 });
    expect(keyCommand('End', none, ctx())).toEqual({ type: 'move', to: 9 });
  });
  it('opens with Enter, selects with x, searches with /', () => {
    expect(keyCommand('Enter', none, ctx({ cursor: 2 }))).toEqual({ type: 'open', index: 2 });
    expect(keyCommand('Enter', none, ctx({ cursor: -1 }))).toBeNull();
    expect(keyCommand('x', none, ctx({ cursor: 2 }))).toEqual({ type: 'toggle-select', index: 2 });
    expect(keyCommand('/', none, ctx({ count: 0 }))).toEqual({ type: 'focus-search' });
  });
  it('leaves typing alone: letters in a field and modified keys are not commands', () => {
    expect(keyCommand('j', none, ctx({ inField: true }))).toBeNull();
    expect(keyCommand('/', none, ctx({ inField: true }))).toBeNull();
    expect(keyCommand('j', { ...none, ctrl: true }, ctx())).toBeNull();
    expect(keyCommand('j', none, ctx({ editorOpen: true }))).toBeNull();
  });
  it('Esc closes the editor, warning once when there are unsaved edits, and leaves the search field', () => {
    expect(keyCommand('Escape', none, ctx({ editorOpen: true }))).toEqual({ type: 'close-editor' });
    expect(keyCommand('Escape', none, ctx({ editorOpen: true, editorDirty: true }))).toEqual({ type: 'confirm-close' });
    expect(keyCommand('Escape', none, ctx({ editorOpen: true, editorDirty: true, closeWarned: true }))).toEqual({ type: 'close-editor' });
    expect(keyCommand('Escape', none, ctx({ inField: true }))).toEqual({ type: 'leave-field' });
  });
});

describe('virtual list', () => {
  it('renders only the rows in view plus a margin', () => {
    expect(visibleRange(0, 300, 30, 10_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(30_000, 300, 30, 10_000, 5)).toEqual({ start: 995, end: 1016 });
    expect(visibleRange(299_990, 300, 30, 10_000, 5)).toEqual({ start: 9994, end: 10_000 });
    expect(visibleRange(0, 300, 30, 0)).toEqual({ start: 0, end: 0 });
  });
  it('scrolls just enough to show a row', () => {
    expect(scrollToRow(5, 0, 300, 30)).toBe(0);
    expect(scrollToRow(10, 0, 300, 30)).toBe(30);
    expect(scrollToRow(2, 120, 300, 30)).toBe(60);
  });
});

describe('pool', () => {
  it('never runs more than the limit at once and keeps the item order', async () => {
    let running = 0;
    let most = 0;
    const results = await runPool([50, 10, 30, 20, 5, 40, 1], 3, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return i;
    });
    expect(most).toBe(3);
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
    await expect(runPool([1], 0, async () => 1)).rejects.toThrow(/pool limit 0/);
  });
});
