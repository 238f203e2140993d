// @vitest-environment happy-dom
// The "Post it now" panel: nothing while no reminder is due; then the text to copy, the network's
// composer, the images, "I posted it" with a checked link, and "Snooze 15 min"; and in German.
import { act } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import type { DueReminder } from '@shared/contract/reminders';
import { PostItNowPanel } from '../../src-renderer/src/features/reminders/post-it-now-panel';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { postFixture, targetFixture } from '../support/post-fixture';
import { mountedRoot } from './support/mounted-root';

const REMINDER: DueReminder = {
  targetId: 't-tik',
  postId: 'p1',
  channelName: 'Shop on TikTok',
  networkName: 'TikTok',
  composerUrl: 'https://www.tiktok.com/tiktokstudio/upload',
  text: 'Fresh rye at nine https://bakery.example/?utm_source=tiktok',
  scheduledAt: Date.UTC(2026, 10, 25, 14),
  deadline: Date.UTC(2026, 10, 25, 16),
  images: [
    { mediaId: 'm1', sha256: 'a'.repeat(64), fileName: 'rye.png', mimeType: 'image/png', altText: 'Rye' },
  ],
};

const mounted = mountedRoot({ english: true });
afterEach(() => vi.restoreAllMocks());

async function showing(reminders: DueReminder[]) {
  await mounted.render(<PostItNowPanel />);
  await act(async () => mounted.bridge.callsTo('reminders.list').at(-1)!.answer(reminders));
}

function button(name: string): HTMLButtonElement {
  const found = [...mounted.host.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}" in: ${mounted.host.textContent}`);
  return found;
}

it('shows nothing while no reminder is due, and appears when one falls due', async () => {
  await showing([]);
  expect(mounted.host.innerHTML).toBe('');
  await act(async () => mounted.bridge.emit({ type: 'post.changed', postId: 'p1' }));
  await act(async () => mounted.bridge.callsTo('reminders.list').at(-1)!.answer([REMINDER]));
  expect(mounted.host.querySelector('h2')!.textContent).toBe('Post it now');
  expect(mounted.host.querySelector('h3')!.textContent).toBe('Time to post on TikTok (Shop on TikTok)');
});

it('copies the text, opens the composer, and shows the images to drag', async () => {
  const writeText = vi.fn(async () => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const open = vi.spyOn(window, 'open').mockReturnValue(null);
  await showing([REMINDER]);

  expect(mounted.host.querySelector('textarea')!.value).toBe(REMINDER.text);
  await act(async () => button('Copy text').click());
  expect(writeText).toHaveBeenCalledWith(REMINDER.text);
  expect(mounted.host.querySelector('[role="status"]')!.textContent).toContain('Copied');

  await act(async () => button('Open TikTok').click());
  expect(open).toHaveBeenCalledWith(REMINDER.composerUrl, '_blank', 'noopener');

  const image = mounted.host.querySelector<HTMLImageElement>('img')!;
  expect(image.getAttribute('src')).toBe(`/media/${'a'.repeat(64)}`);
  expect(image.alt).toBe('Rye');
  expect(image.getAttribute('draggable')).toBe('true');
  // Web mode: a browser cannot open a folder, so it is not offered.
  expect(mounted.host.textContent).not.toContain('Show in folder');
});

it('says "I posted it" with the link, refusing one that is not https', async () => {
  await showing([REMINDER]);
  const link = mounted.host.querySelector<HTMLInputElement>('input[type="url"]')!;
  expect(mounted.host.querySelector(`label[for="${link.id}"]`)!.textContent).toBe(
    'Link to the live post (optional)',
  );

  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(link, 'http://www.tiktok.com/@shop/video/1');
    link.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => button('I posted it').click());
  expect(mounted.bridge.callsTo('reminders.posted')).toEqual([]);
  expect(mounted.host.querySelector('[role="alert"]')!.textContent).toBe(
    'The address must start with https://',
  );

  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(link, 'https://www.tiktok.com/@shop/video/1');
    link.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => button('I posted it').click());
  const [posted] = mounted.bridge.callsTo('reminders.posted');
  expect(posted!.input).toEqual({ targetId: 't-tik', liveUrl: 'https://www.tiktok.com/@shop/video/1' });
  await act(async () => posted!.answer(postFixture([targetFixture('tik', { state: 'published' })])));
});

it('snoozes, and says when it will remind again; all of it in German too', async () => {
  await applyLanguageChoice('de');
  await showing([REMINDER]);
  expect(mounted.host.querySelector('h2')!.textContent).toBe('Jetzt posten');
  await act(async () => button('15 Min. später erinnern').click());
  const [snooze] = mounted.bridge.callsTo('reminders.snooze');
  expect(snooze!.input).toEqual({ targetId: 't-tik' });
  await act(async () => snooze!.answer(postFixture([targetFixture('tik', { state: 'retry_wait' })])));
  expect(mounted.host.querySelector('[role="status"]')!.textContent).toBe(
    'Cadence erinnert Sie in 15 Minuten erneut.',
  );
  for (const name of ['Text kopieren', 'TikTok öffnen', 'Ich habe ihn gepostet'])
    expect(button(name)).toBeTruthy();
});
