// @vitest-environment happy-dom
// The composer offers "Let Mastodon publish it at its time" only when a chosen channel's network
// can hold the post itself, shows the post's choice, and sends the owner's change to the core.
import { act } from 'react';
import { beforeAll, expect, it } from 'vitest';
import type { Post } from '@shared/entities';
import { HandOffField } from '../../src-renderer/src/features/composer/hand-off-field';
import { useAppDataStore } from '../../src-renderer/src/state/app-data-store';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { channelFixture } from '../support/channel-fixture';
import { postFixture, targetFixture } from '../support/post-fixture';
import { mountedRoot } from './support/mounted-root';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

const mounted = mountedRoot({ english: true });

function postOn(channelIds: string[], handOff = false): Post {
  return postFixture(channelIds.map((channelId) => targetFixture(channelId, { handOff })));
}

it('is offered for a Mastodon channel, and sends the choice to the core', async () => {
  useAppDataStore.setState({
    channels: [channelFixture('masto', 'mastodon'), channelFixture('sky', 'bluesky')],
  });
  let saved: Post | null = null;
  await mounted.render(<HandOffField post={postOn(['masto', 'sky'])} onChanged={(p) => (saved = p)} />);
  const box = mounted.host.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  expect(box.checked).toBe(false);
  expect(box.closest('label')!.textContent).toBe('Let Mastodon publish it at its time');
  expect(mounted.host.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent).toContain(
    'laptop closed',
  );

  await act(async () => box.click());
  const [update] = mounted.bridge.callsTo('posts.update');
  expect(update!.input).toEqual({ id: 'p1', handOff: true });
  await act(async () => update!.answer(postOn(['masto', 'sky'], true)));
  expect(saved!.targets.every((t) => t.handOff)).toBe(true);
});

it('is offered for a Facebook Page too, naming both networks', async () => {
  useAppDataStore.setState({
    channels: [channelFixture('masto', 'mastodon'), channelFixture('page', 'facebook')],
  });
  await mounted.render(<HandOffField post={postOn(['masto', 'page'])} onChanged={() => {}} />);
  const box = mounted.host.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  expect(box.closest('label')!.textContent).toBe('Let Mastodon and Facebook publish it at its time');
});

it('is not offered where no chosen network can hold a post, and reads German', async () => {
  useAppDataStore.setState({
    channels: [channelFixture('masto', 'mastodon'), channelFixture('sky', 'bluesky')],
  });
  await mounted.render(<HandOffField post={postOn(['sky'])} onChanged={() => {}} />);
  expect(mounted.host.querySelector('input')).toBeNull();

  await applyLanguageChoice('de');
  await mounted.render(<HandOffField post={postOn(['masto'], true)} onChanged={() => {}} />);
  const box = mounted.host.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  expect(box.checked).toBe(true);
  expect(box.closest('label')!.textContent).toBe('Mastodon zur geplanten Zeit veröffentlichen lassen');
});
