// @vitest-environment happy-dom
// The search page against a stand-in core: it asks for the words typed and the filters chosen,
// opens a post on a click, selects with Space and a Ctrl-click, sends one bulk call for the
// selected posts, names the posts left as they were, and offers Undo for the rest.
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostSummary } from '../../src-main/shared/entities';
import '../../src-renderer/src/i18n/i18n';
import { SearchPage } from '../../src-renderer/src/features/search/search-page';
import { useAppDataStore } from '../../src-renderer/src/state/app-data-store';
import { useNavigationStore } from '../../src-renderer/src/state/navigation-store';
import { useUndoStore } from '../../src-renderer/src/state/undo-store';
import { mountedRoot } from './support/mounted-root';
import { postSummary } from './support/post-summary';

const summary = (id: string, excerpt: string): PostSummary =>
  postSummary({
    id,
    excerpt,
    scheduledAt: Date.UTC(2026, 11, 1, 14),
    scheduledTimeZone: 'America/New_York',
    scheduledLocal: '2026-12-01T09:00',
  });

const mounted = mountedRoot();

beforeEach(async () => {
  useAppDataStore.setState({
    profile: { timeZone: 'America/New_York' } as never,
    channels: [],
  });
  useUndoStore.setState({ offer: null, outcome: null, busy: false });
  useNavigationStore.setState({ view: 'search', postId: null, visit: 0 });
  await mounted.render(<SearchPage />);
});

const lastSearch = () => mounted.bridge.callsTo('posts.search').at(-1)!;
const button = (text: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
const type = (field: HTMLInputElement, value: string) =>
  act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('the search page', () => {
  it('searches the words typed, opens a post, and acts on the selected posts in one call', async () => {
    const field = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(field.getAttribute('aria-label')).toBe('Search posts');
    await type(field, 'rye "bread');
    await vi.waitFor(() => expect(lastSearch().input).toMatchObject({ text: 'rye "bread', offset: 0 }));
    await act(async () =>
      lastSearch().answer({
        posts: [summary('a', 'Rye bread'), summary('b', 'Rye rolls'), summary('c', 'Rye cake')],
        nextOffset: null,
      }),
    );

    await act(async () => button('Rye cake').click());
    expect(useNavigationStore.getState()).toMatchObject({ view: 'composer', postId: 'c' });

    await act(async () => {
      button('Rye bread').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    });
    await act(async () =>
      button('Rye rolls').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true })),
    );
    const bar = document.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Selected posts');
    expect(bar.textContent).toContain('2 posts selected');

    await act(async () => button('Delete').click());
    const bulk = mounted.bridge.callsTo('posts.bulk');
    expect(bulk).toHaveLength(1);
    expect(bulk[0]!.input).toEqual({ postIds: ['a', 'b'], action: { kind: 'delete' } });
    await act(async () =>
      bulk[0]!.answer({
        changed: ['a'],
        skipped: [
          { postId: 'b', reason: { key: 'batch.skipped.published', message: 'It is already published.' } },
        ],
        undoId: 'undo-1',
      }),
    );
    expect(bar.textContent).toContain(
      'Rye rolls: It is already published; what went out stays as it went out.',
    );
    expect(useUndoStore.getState().offer).toEqual({ undoId: 'undo-1', words: '1 post deleted.' });
  });
});
