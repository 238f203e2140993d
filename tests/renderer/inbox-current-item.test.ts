// @vitest-environment happy-dom
// The current inbox item is the owner's: a list read that began before they moved on (j then k,
// while the first item's "read" was being written) must not move the selection back.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { InboxItem } from '@shared/inbox';
import { useInboxStore, watchInboxList } from '../../src-renderer/src/features/inbox/inbox-store';
import { FakeBridge } from './support/fake-bridge';

let core: FakeBridge;
let stop: () => void;

beforeEach(() => {
  core = new FakeBridge();
  window.cadence = core;
  stop = watchInboxList();
});

afterEach(() => {
  stop();
  delete window.cadence;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const item = (id: string) => ({ id, status: 'read', labels: [] }) as unknown as InboxItem;
const page = (ids: string[]) => ({ items: ids.map(item), total: ids.length, nextBefore: null });
const answerLastList = async (ids: string[]) => {
  core.callsTo('inbox.list').at(-1)!.answer(page(ids));
  await settle();
};

it('keeps the item the owner moved to while the list was being read again', async () => {
  await answerLastList(['a', 'b', 'c']);
  useInboxStore.getState().select('b');

  core.emit({ type: 'inbox.changed' });
  await settle();
  useInboxStore.getState().select('a');
  await answerLastList(['a', 'b', 'c']);

  expect(useInboxStore.getState().currentId).toBe('a');
});

it('moves on to the item that took the place of one marked done', async () => {
  await answerLastList(['a', 'b', 'c']);
  useInboxStore.getState().select('b');

  core.emit({ type: 'inbox.changed' });
  await settle();
  await answerLastList(['a', 'c']);

  expect(useInboxStore.getState().currentId).toBe('c');
});
