// @vitest-environment happy-dom
// The Undo toast: it offers Undo for the last change, on its button and on Ctrl/⌘+Z (never
// while the owner types in a field), asks the core once, and says what it could not put back.
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import '../../src-renderer/src/i18n/i18n';
import { UndoToast } from '../../src-renderer/src/app/undo-toast';
import { useUndoStore } from '../../src-renderer/src/state/undo-store';
import { mountedRoot } from './support/mounted-root';

const mounted = mountedRoot();

beforeEach(async () => {
  useUndoStore.setState({ offer: null, outcome: null, busy: false });
  // A field of the page around the toast, where Ctrl+Z belongs to the field.
  document.body.prepend(Object.assign(document.createElement('input'), { id: 'field' }));
  await mounted.render(<UndoToast />);
});

const toast = () => document.querySelector('section.undo-toast');
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === name) as
    HTMLButtonElement | undefined;
const pressUndoKeys = (target: EventTarget = window) =>
  act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
  });

describe('the undo toast', () => {
  it('shows nothing until a change offers Undo, and nothing for a change that changed nothing', async () => {
    expect(toast()).toBeNull();
    await act(async () => useUndoStore.getState().offerUndo(null, 'Nothing'));
    expect(toast()).toBeNull();
    await act(async () => useUndoStore.getState().offerUndo('u1', '2 posts moved.'));
    expect(toast()?.getAttribute('aria-label')).toBe('Last change');
    expect(toast()?.textContent).toContain('2 posts moved.');
  });

  it('undoes on its button, once, and names the posts it left as they are', async () => {
    await act(async () => useUndoStore.getState().offerUndo('u1', '3 posts moved.'));
    await act(async () => button('Undo')!.click());
    await act(async () => button('Undo')?.click());
    expect(mounted.bridge.callsTo('undo.apply')).toHaveLength(1);
    expect(mounted.bridge.calls[0]!.input).toEqual({ undoId: 'u1' });
    await act(async () =>
      mounted.bridge.calls[0]!.answer({
        restored: ['a', 'b'],
        skipped: [
          {
            postId: 'c',
            reason: { key: 'batch.undo.changed', message: 'It was changed after that.' },
          },
        ],
      }),
    );
    const text = toast()!.textContent!;
    expect(text).toContain('2 posts put back.');
    expect(text).toContain('It was changed after that, so undoing would lose the later change.');
    expect(button('Undo')).toBeUndefined();
    await act(async () => button('Dismiss')!.click());
    expect(toast()).toBeNull();
  });

  it('undoes on Ctrl+Z, but leaves Ctrl+Z in a field to the field', async () => {
    await act(async () => useUndoStore.getState().offerUndo('u2', '1 post deleted.'));
    await pressUndoKeys(document.getElementById('field')!);
    expect(mounted.bridge.callsTo('undo.apply')).toHaveLength(0);
    await pressUndoKeys();
    expect(mounted.bridge.callsTo('undo.apply')).toHaveLength(1);
    await act(async () => mounted.bridge.calls[0]!.fail('This can no longer be undone.', 'NOT_FOUND'));
    expect(toast()!.textContent).toContain('This can no longer be undone.');
  });
});
