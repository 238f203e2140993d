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
// Some tests fake the clock or spy on the clipboard themselves.
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

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

it('snoozes, and says when it will remind again until it does; all of it in German too', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: REMINDER.scheduledAt! });
  await applyLanguageChoice('de');
  await showing([REMINDER]);
  expect(mounted.host.querySelector('h2')!.textContent).toBe('Jetzt posten');
  for (const name of ['Text kopieren', 'TikTok öffnen', 'Ich habe ihn gepostet'])
    expect(button(name)).toBeTruthy();
  await act(async () => button('15 Min. später erinnern').click());
  const [snooze] = mounted.bridge.callsTo('reminders.snooze');
  expect(snooze!.input).toEqual({ targetId: 't-tik' });
  const post = postFixture([targetFixture('tik', { state: 'retry_wait' })]);
  await act(async () => snooze!.answer({ post, remindsAgainAt: REMINDER.scheduledAt! + 15 * 60_000 }));

  // The list, read again, has it no more: the card goes, and a line says when it comes back.
  await act(async () => mounted.bridge.emit({ type: 'outbox.changed' }));
  await act(async () => mounted.bridge.callsTo('reminders.list').at(-1)!.answer([]));
  expect(mounted.host.querySelector('h2')).toBeNull();
  expect(mounted.host.querySelector('[role="status"] li')!.firstChild!.textContent).toBe(
    'Verschoben: Cadence erinnert Sie um 14:15 erneut an Ihren Beitrag auf TikTok (Shop on TikTok).',
  );

  // Due again: the card is back and the line is gone, and stays gone once it is posted.
  await act(async () => mounted.bridge.emit({ type: 'outbox.changed' }));
  await act(async () => mounted.bridge.callsTo('reminders.list').at(-1)!.answer([REMINDER]));
  expect(mounted.host.querySelector('h2')!.textContent).toBe('Jetzt posten');
  expect(mounted.host.querySelector('.post-it-now-snoozed')).toBeNull();
  await act(async () => mounted.bridge.emit({ type: 'outbox.changed' }));
  await act(async () => mounted.bridge.callsTo('reminders.list').at(-1)!.answer([]));
  expect(mounted.host.innerHTML).toBe('');
});

it('hides the snoozed line when asked', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: REMINDER.scheduledAt! });
  await showing([REMINDER]);
  await act(async () => button('Snooze 15 min').click());
  const post = postFixture([targetFixture('tik', { state: 'retry_wait' })]);
  const [snooze] = mounted.bridge.callsTo('reminders.snooze');
  await act(async () => snooze!.answer({ post, remindsAgainAt: REMINDER.scheduledAt! + 15 * 60_000 }));
  await act(async () => mounted.bridge.emit({ type: 'outbox.changed' }));
  await act(async () => mounted.bridge.callsTo('reminders.list').at(-1)!.answer([]));
  expect(mounted.host.textContent).toContain(
    'Snoozed: Cadence reminds you to post on TikTok (Shop on TikTok) again at 2:15 PM.',
  );
  const hide = button('Hide');
  expect(hide.getAttribute('aria-label')).toBe(
    'Hide the note about the snoozed TikTok reminder (Shop on TikTok)',
  );
  await act(async () => hide.click());
  expect(mounted.host.innerHTML).toBe('');
});
