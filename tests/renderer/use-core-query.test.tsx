// @vitest-environment happy-dom
// useCoreQuery in a real React root: which answer lands when answers cross, what unmounting
// stops, which core events read again, and what a failed read shows.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityEntry } from '@shared/entities';
import type { CoreQuery, CoreQueryOptions } from '../../src-renderer/src/lib/use-core-query';
import { sharedWatch } from '../../src-renderer/src/lib/core-query';
import { useCoreLoad, useCoreQuery } from '../../src-renderer/src/lib/use-core-query';
import { FakeBridge } from './support/fake-bridge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let core: FakeBridge;

beforeEach(() => {
  core = new FakeBridge();
  window.cadence = core;
});

afterEach(() => {
  vi.useRealTimers();
  delete window.cadence;
});

interface Props {
  postId: string;
  options?: CoreQueryOptions;
}

/** Renders the activity query for a post and keeps what the hook returned last. */
function renderActivity(first: Props) {
  const shown: { current: CoreQuery<ActivityEntry[]> | null } = { current: null };
  function Probe({ postId, options }: Props) {
    shown.current = useCoreQuery('activity.list', { postId }, options);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe {...first} />));
  return {
    get query() {
      return shown.current!;
    },
    rerender: (props: Props) => act(() => root.render(<Probe {...props} />)),
    unmount: () => act(() => root.unmount()),
  };
}

/** Lets the answer travel through the bridge, the hook and React before looking. */
const settle = (step: () => void = () => undefined) =>
  act(async () => {
    step();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

const entries = (...ids: string[]) => ids.map((id) => ({ id }) as unknown as ActivityEntry);

describe('useCoreQuery', () => {
  it('reads the channel with its input, loading until the answer lands', async () => {
    const view = renderActivity({ postId: 'p1' });
    expect(view.query).toMatchObject({ data: undefined, error: null, loading: true });
    expect(core.calls.map((c) => [c.channel, c.input])).toEqual([['activity.list', { postId: 'p1' }]]);

    await settle(() => core.calls[0]!.answer(entries('a')));
    expect(view.query).toMatchObject({ data: entries('a'), error: null, loading: false });
  });

  it('drops the answer for an earlier input when it arrives after the current one', async () => {
    const view = renderActivity({ postId: 'p1' });
    view.rerender({ postId: 'p2' });
    const [forP1, forP2] = core.calls;
    expect(forP2!.input).toEqual({ postId: 'p2' });

    await settle(() => forP2!.answer(entries('from p2')));
    await settle(() => forP1!.answer(entries('from p1')));
    expect(view.query.data).toEqual(entries('from p2'));
    expect(view.query.loading).toBe(false);
  });

  it('drops an older re-read of the same input that answers after a newer one', async () => {
    const view = renderActivity({ postId: 'p1', options: { refreshOn: ['post.changed'] } });
    await settle(() => core.calls[0]!.answer(entries('first')));
    core.emit({ type: 'post.changed', postId: 'p1' });
    core.emit({ type: 'post.changed', postId: 'p1' });
    const [, older, newer] = core.calls;

    await settle(() => newer!.answer(entries('newer')));
    await settle(() => older!.answer(entries('older')));
    expect(view.query.data).toEqual(entries('newer'));
  });

  it('reads again on the event types in refreshOn, and on no others', async () => {
    renderActivity({ postId: 'p1', options: { refreshOn: ['post.changed', 'post.deleted'] } });
    core.emit({ type: 'inbox.changed' });
    core.emit({ type: 'metrics.changed' });
    expect(core.calls).toHaveLength(1);
    core.emit({ type: 'post.deleted', postId: 'p9' });
    core.emit({ type: 'post.changed', postId: 'p9' });
    expect(core.calls).toHaveLength(3);
    // Web mode's event stream came back after a drop: whatever changed meanwhile is read again.
    core.emit({ type: 'events.resumed' });
    expect(core.calls).toHaveLength(4);
  });

  it('reads again on the events a refreshOn test accepts, using the newest render’s test', async () => {
    const only = (postId: string): CoreQueryOptions => ({
      refreshOn: (event) => event.type === 'post.changed' && event.postId === postId,
    });
    const view = renderActivity({ postId: 'p1', options: only('p1') });
    core.emit({ type: 'post.changed', postId: 'p2' });
    expect(core.calls).toHaveLength(1);
    core.emit({ type: 'post.changed', postId: 'p1' });
    expect(core.calls).toHaveLength(2);

    view.rerender({ postId: 'p1', options: only('p2') });
    core.emit({ type: 'post.changed', postId: 'p1' });
    expect(core.calls).toHaveLength(2);
    core.emit({ type: 'post.changed', postId: 'p2' });
    expect(core.calls).toHaveLength(3);
  });

  it('on unmount stops following events and drops the answer still on its way', async () => {
    const view = renderActivity({ postId: 'p1', options: { refreshOn: ['post.changed'] } });
    expect(core.subscribers).toBe(1);
    const lastShown = view.query;
    view.unmount();
    expect(core.subscribers).toBe(0);

    await settle(() => core.calls[0]!.answer(entries('late')));
    expect(view.query).toBe(lastShown);
    core.emit({ type: 'post.changed', postId: 'p1' });
    expect(core.calls).toHaveLength(1);
  });

  it('says why a first read failed, with no data', async () => {
    const view = renderActivity({ postId: 'p1' });
    await settle(() => core.calls[0]!.fail('The post was not found.', 'NOT_FOUND'));
    expect(view.query).toMatchObject({ data: undefined, error: 'The post was not found.', loading: false });
  });

  it('keeps the answer shown when a re-read fails, and clears the error when one succeeds', async () => {
    const view = renderActivity({ postId: 'p1', options: { refreshOn: ['post.changed'] } });
    await settle(() => core.calls[0]!.answer(entries('a')));

    core.emit({ type: 'post.changed', postId: 'p1' });
    await settle(() => core.calls[1]!.fail('Cadence could not reach its engine.'));
    expect(view.query).toMatchObject({ data: entries('a'), error: 'Cadence could not reach its engine.' });

    await settle(() => void view.query.reload());
    await settle(() => core.calls[2]!.answer(entries('a', 'b')));
    expect(view.query).toMatchObject({ data: entries('a', 'b'), error: null });
  });

  it('shows nothing of an earlier input by default, and its last answer with keepPrevious', async () => {
    const plain = renderActivity({ postId: 'p1' });
    await settle(() => core.calls[0]!.answer(entries('a')));
    plain.rerender({ postId: 'p2' });
    expect(plain.query).toMatchObject({ data: undefined, loading: true });

    const kept = renderActivity({ postId: 'p1', options: { keepPrevious: true } });
    await settle(() => core.calls[2]!.answer(entries('a')));
    kept.rerender({ postId: 'p2', options: { keepPrevious: true } });
    expect(kept.query).toMatchObject({ data: entries('a'), loading: true });
  });

  it('reads nothing while disabled', () => {
    const view = renderActivity({ postId: 'p1', options: { enabled: false, refreshOn: ['post.changed'] } });
    core.emit({ type: 'post.changed', postId: 'p1' });
    expect(core.calls).toHaveLength(0);
    expect(view.query).toMatchObject({ data: undefined, error: null, loading: false });
  });

  it('with settleMs reads once after a burst of events', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    renderActivity({ postId: 'p1', options: { refreshOn: ['post.changed'], settleMs: 150 } });
    for (let i = 0; i < 5; i++) core.emit({ type: 'post.changed', postId: 'p1' });
    expect(core.calls).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(150));
    expect(core.calls).toHaveLength(2);
  });

  it('shows an answer set before the first read lands, as a write that returned it would', () => {
    const view = renderActivity({ postId: 'p1' });
    act(() => view.query.setData(() => entries('from a write')));
    expect(view.query).toMatchObject({ data: entries('from a write'), loading: false });
  });

  it('changes the shown answer in place with setData', async () => {
    const view = renderActivity({ postId: 'p1' });
    await settle(() => core.calls[0]!.answer(entries('a')));
    act(() => view.query.setData((current) => [...(current ?? []), ...entries('b')]));
    expect(view.query.data).toEqual(entries('a', 'b'));
  });
});

describe('sharedWatch', () => {
  it('reads while anyone has it started, once however many, and only the newest answer lands', async () => {
    const landed: unknown[] = [];
    const watch = sharedWatch(
      () => window.cadence!.invoke('inbox.counts', undefined),
      (answer) => landed.push(answer.ok ? answer.value : answer.message),
      { refreshOn: ['inbox.changed'] },
    );
    const stopFirst = watch.start();
    const stopSecond = watch.start();
    expect(core.calls).toHaveLength(1);
    expect(core.subscribers).toBe(1);

    void watch.reload();
    await settle(() => core.calls[1]!.answer('newer'));
    await settle(() => core.calls[0]!.answer('older'));
    expect(landed).toEqual([{ ok: true, value: 'newer' }]);

    stopFirst();
    stopFirst();
    core.emit({ type: 'inbox.changed' });
    expect(core.calls).toHaveLength(3);
    stopSecond();
    expect(core.subscribers).toBe(0);
    await watch.reload();
    expect(core.calls).toHaveLength(3);
  });
});

describe('useCoreLoad', () => {
  it('treats several calls as one answer, dropped whole when its key is out of date', async () => {
    const shown: { current: CoreQuery<string> | null } = { current: null };
    function Probe({ range }: { range: string }) {
      shown.current = useCoreLoad(range, async () => {
        const [a, b] = await Promise.all([
          window.cadence!.invoke('metrics.followers', { range }),
          window.cadence!.invoke('metrics.engagement', { range }),
        ]);
        return `${String((a as { value: unknown }).value)}+${String((b as { value: unknown }).value)}`;
      });
      return null;
    }
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe range="7" />));
    act(() => root.render(<Probe range="90" />));
    const [followers7, engagement7, followers90, engagement90] = core.calls;

    await settle(() => {
      followers90!.answer('f90');
      engagement90!.answer('e90');
      followers7!.answer('f7');
    });
    await settle(() => engagement7!.answer('e7'));
    expect(shown.current!.data).toBe('f90+e90');
    act(() => root.unmount());
  });
});

// Compile-time only: inputs and answers come from the contract, events from the core's union.
export function typedByTheContract() {
  // @ts-expect-error activity.list needs a postId
  useCoreQuery('activity.list', {});
  // @ts-expect-error not a channel of the contract
  useCoreQuery('activity.lost', { postId: 'p1' });
  // @ts-expect-error not a core event
  useCoreQuery('plan.get', undefined, { refreshOn: ['plan.changd'] });
  const activity: ActivityEntry[] | undefined = useCoreQuery('activity.list', { postId: 'p1' }).data;
  return activity;
}
