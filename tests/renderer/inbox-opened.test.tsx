// @vitest-environment happy-dom
// Opening an inbox item marks it read once its thread has loaded, but never undoes a status the
// owner chose while it was loading ("u" pressed right after landing on the item).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxItem, InboxThread } from '@shared/inbox';
import { setItemsStatus } from '../../src-renderer/src/features/inbox/inbox-actions';
import { useInboxThread } from '../../src-renderer/src/features/inbox/use-inbox-thread';
import { FakeBridge } from './support/fake-bridge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let core: FakeBridge;

beforeEach(() => {
  core = new FakeBridge();
  window.cadence = core;
});

afterEach(() => {
  delete window.cadence;
});

const settle = (step: () => void = () => undefined) =>
  act(async () => {
    step();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

const item = (id: string, status: InboxItem['status']) =>
  ({ id, status, kind: 'mention', authorHandle: 'sam' }) as unknown as InboxItem;
const thread = (id: string, status: InboxItem['status']) =>
  ({ item: item(id, status), conversation: [] }) as unknown as InboxThread;

function openThread(id: string) {
  function Probe({ itemId }: { itemId: string }) {
    useInboxThread(itemId);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe itemId={id} />));
  return {
    open: (next: string) => act(() => root.render(<Probe itemId={next} />)),
    unmount: () => act(() => root.unmount()),
  };
}

const statusWrites = () =>
  core.callsTo('inbox.setStatus').map((call) => call.input as { ids: string[]; status: string });

describe('opening an inbox item', () => {
  it('marks a new item read once its thread has loaded', async () => {
    const view = openThread('a');
    await settle(() => core.callsTo('inbox.get')[0]!.answer(thread('a', 'new')));
    expect(statusWrites()).toEqual([{ ids: ['a'], status: 'read' }]);
    view.unmount();
  });

  it('leaves alone an item the owner marked unread before its thread arrived', async () => {
    const view = openThread('a');
    const [loading] = core.callsTo('inbox.get');
    await settle(() => void setItemsStatus([item('a', 'read')], 'new'));
    expect(statusWrites()).toEqual([{ ids: ['a'], status: 'new' }]);

    // The thread is answered after the owner's choice, so it already says "new".
    await settle(() => loading!.answer(thread('a', 'new')));
    expect(statusWrites()).toEqual([{ ids: ['a'], status: 'new' }]);

    // Opened again later, it is read like any new item.
    view.open('b');
    await settle(() => core.callsTo('inbox.get').at(-1)!.answer(thread('b', 'read')));
    view.open('a');
    await settle(() => core.callsTo('inbox.get').at(-1)!.answer(thread('a', 'new')));
    expect(statusWrites()).toEqual([
      { ids: ['a'], status: 'new' },
      { ids: ['a'], status: 'read' },
    ]);
    view.unmount();
  });
});
