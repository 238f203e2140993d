// @vitest-environment happy-dom
// useSharedCoreLoad in a real React root: readers of one key share one read and one answer, a
// key handed from one reader to another in a commit is not read again, and the last reader to
// leave ends the watch. A key read ahead is taken up by its first reader, or dropped unread.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityEntry } from '@shared/entities';
import { call } from '../../src-renderer/src/lib/api';
import type { CoreQuery } from '../../src-renderer/src/lib/use-core-query';
import { preloadShared, useSharedCoreLoad } from '../../src-renderer/src/lib/use-shared-core-load';
import { FakeBridge } from './support/fake-bridge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let core: FakeBridge;

beforeEach(() => {
  core = new FakeBridge();
  window.cadence = core;
});

const unmounts: Array<() => void> = [];

afterEach(async () => {
  // Answers live as long as a reader has them: every test lets go of its keys.
  for (const unmount of unmounts.splice(0)) unmount();
  await settle();
  delete window.cadence;
});

type Shown = Record<string, CoreQuery<ActivityEntry[]>>;

/** Renders one reader per name, each of the activity of the post its key names. */
function renderReaders(first: Record<string, string>) {
  const shown: Shown = {};
  function Reader({ name, postId }: { name: string; postId: string }) {
    shown[name] = useSharedCoreLoad(`activity ${postId}`, () => call('activity.list', { postId }), {
      refreshOn: ['post.changed'],
    });
    return null;
  }
  const root = createRoot(document.createElement('div'));
  const render = (readers: Record<string, string>) =>
    act(() =>
      root.render(
        <>
          {Object.entries(readers).map(([name, postId]) => (
            <Reader key={name} name={name} postId={postId} />
          ))}
        </>,
      ),
    );
  render(first);
  unmounts.push(() => act(() => root.render(null)));
  return { shown, rerender: render };
}

const settle = (step: () => void = () => undefined) =>
  act(async () => {
    step();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

const entries = (...ids: string[]) => ids.map((id) => ({ id }) as unknown as ActivityEntry);

describe('useSharedCoreLoad', () => {
  it('reads a key once for all its readers, and each sees the answer', async () => {
    const view = renderReaders({ page: 'p1', pane: 'p1' });
    expect(core.calls).toHaveLength(1);
    expect(view.shown.page).toMatchObject({ data: undefined, loading: true });

    await settle(() => core.calls[0]!.answer(entries('a')));
    expect(view.shown.page).toMatchObject({ data: entries('a'), loading: false, error: null });
    expect(view.shown.pane!.data).toBe(view.shown.page!.data);
  });

  it('gives a reader that turns to a key another reader holds its answer at once, with no read', async () => {
    const view = renderReaders({ page: 'p1', ahead: 'p2' });
    await settle(() => core.callsTo('activity.list')[0]!.answer(entries('one')));
    await settle(() => core.callsTo('activity.list')[1]!.answer(entries('two')));

    view.rerender({ page: 'p2', ahead: 'p3' });
    expect(view.shown.page).toMatchObject({ data: entries('two'), loading: false });
    expect(core.calls.map((c) => c.input)).toEqual([{ postId: 'p1' }, { postId: 'p2' }, { postId: 'p3' }]);
  });

  it('keeps an answer handed from one reader to another in one commit, without reading it again', async () => {
    const view = renderReaders({ page: 'p1', ahead: 'p2' });
    await settle(() => core.calls[1]!.answer(entries('two')));
    // The reader that held p2 lets go of it in the same commit as the other takes it up.
    view.rerender({ page: 'p2', ahead: 'p1' });
    await settle();
    expect(view.shown.page).toMatchObject({ data: entries('two'), loading: false });
    expect(core.calls).toHaveLength(2);
  });

  it('ends the watch when its last reader leaves: no more reads, and a later reader reads afresh', async () => {
    const view = renderReaders({ page: 'p1', pane: 'p1' });
    await settle(() => core.calls[0]!.answer(entries('a')));
    view.rerender({ page: 'p1' });
    await settle();
    expect(core.subscribers).toBe(1);
    view.rerender({});
    await settle();
    expect(core.subscribers).toBe(0);
    core.emit({ type: 'post.changed', postId: 'p1' });
    expect(core.calls).toHaveLength(1);

    view.rerender({ page: 'p1' });
    expect(view.shown.page).toMatchObject({ data: undefined, loading: true });
    expect(core.calls).toHaveLength(2);
  });

  it('reads again once per event for all readers, and a failed re-read keeps the answer with its message', async () => {
    const view = renderReaders({ page: 'p1', pane: 'p1' });
    await settle(() => core.calls[0]!.answer(entries('a')));
    core.emit({ type: 'post.changed', postId: 'p1' });
    expect(core.calls).toHaveLength(2);
    await settle(() => core.calls[1]!.fail('Cadence could not reach its engine.'));
    expect(view.shown.pane).toMatchObject({
      data: entries('a'),
      error: 'Cadence could not reach its engine.',
    });

    await settle(() => void view.shown.page!.reload());
    await settle(() => core.calls[2]!.answer(entries('a', 'b')));
    expect(view.shown.pane).toMatchObject({ data: entries('a', 'b'), error: null });
  });

  it('changes the answer in place for every reader with setData', async () => {
    const view = renderReaders({ page: 'p1', pane: 'p1' });
    await settle(() => core.calls[0]!.answer(entries('a')));
    act(() => view.shown.page!.setData((current) => [...(current ?? []), ...entries('b')]));
    expect(view.shown.pane!.data).toEqual(entries('a', 'b'));
  });

  it('gives a key read ahead to its first reader, answer and all, without reading it again', async () => {
    const answered = preloadShared('activity p7', () => call('activity.list', { postId: 'p7' }));
    await settle(() => core.calls[0]!.answer(entries('ahead')));
    await answered;
    const view = renderReaders({ page: 'p7' });
    expect(view.shown.page).toMatchObject({ data: entries('ahead'), loading: false });
    expect(core.calls).toHaveLength(1);
  });

  it('stops and drops a key read ahead that no reader takes up', async () => {
    vi.useFakeTimers();
    try {
      void preloadShared('activity p8', () => call('activity.list', { postId: 'p8' }), {
        refreshOn: ['post.changed'],
      });
      core.calls[0]!.answer(entries('unread'));
      expect(core.subscribers).toBe(1);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(core.subscribers).toBe(0);
      core.emit({ type: 'post.changed', postId: 'p8' });
      expect(core.calls).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
    // Dropped: a reader now reads it afresh.
    renderReaders({ page: 'p8' });
    expect(core.calls).toHaveLength(2);
  });
});
