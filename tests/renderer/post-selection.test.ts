// Selecting several posts as in a file manager: Ctrl/⌘-click or Space toggles, Shift-click
// takes the range from the last post picked, and a plain click is left to open the post.
import { describe, expect, it } from 'vitest';
import { gestureOf, nextSelection, NO_SELECTION } from '../../src-renderer/src/components/post-selection';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('post selection', () => {
  it('toggles one post at a time and remembers the last one picked', () => {
    const one = nextSelection(NO_SELECTION, 'b', 'toggle', order);
    expect(one).toEqual({ ids: ['b'], anchor: 'b' });
    const two = nextSelection(one, 'd', 'toggle', order);
    expect(two).toEqual({ ids: ['b', 'd'], anchor: 'd' });
    expect(nextSelection(two, 'b', 'toggle', order)).toEqual({ ids: ['d'], anchor: 'b' });
  });

  it('adds the range from the last post picked, either way, keeping what was selected', () => {
    const picked = nextSelection(NO_SELECTION, 'd', 'toggle', order);
    expect(nextSelection(picked, 'b', 'range', order).ids.sort()).toEqual(['b', 'c', 'd']);
    const withA = nextSelection(nextSelection(NO_SELECTION, 'a', 'toggle', order), 'c', 'toggle', order);
    expect(nextSelection(withA, 'e', 'range', order).ids.sort()).toEqual(['a', 'c', 'd', 'e']);
    // No post picked yet: Shift-click picks the one.
    expect(nextSelection(NO_SELECTION, 'c', 'range', order)).toEqual({ ids: ['c'], anchor: 'c' });
  });

  it('reads the gesture from the modifier keys, a plain click being none', () => {
    expect(gestureOf({ ctrlKey: true, metaKey: false, shiftKey: false })).toBe('toggle');
    expect(gestureOf({ ctrlKey: false, metaKey: true, shiftKey: false })).toBe('toggle');
    expect(gestureOf({ ctrlKey: false, metaKey: false, shiftKey: true })).toBe('range');
    expect(gestureOf({ ctrlKey: false, metaKey: false, shiftKey: false })).toBeNull();
  });
});
