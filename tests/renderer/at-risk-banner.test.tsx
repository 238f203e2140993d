// @vitest-environment happy-dom
// The calendar's at-risk banner against a real core: a channel whose sign-in must be renewed
// before its scheduled post is due shows "Reconnect … before …: 1 post at risk", and the line
// goes once the channel works again and the calendar hears of a change.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, vi } from 'vitest';
import { AtRiskBanner } from '../../src-renderer/src/features/calendar/at-risk-banner';
import { useChannelsAtRisk } from '../../src-renderer/src/features/calendar/use-channels-at-risk';
import { it } from '../support/core-fixture';
import type { OutboxHarness } from '../support/outbox-harness';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const statusOf = (host: HTMLElement) => host.querySelector('[role="status"]');

function bridgeTo(h: OutboxHarness): void {
  window.cadence = {
    invoke: (channel, input) => h.core.invoke(channel, input),
    subscribe: (listener) => h.core.subscribe(listener),
    mediaUrl: (sha) => `/media/${sha}`,
  };
}

/** The banner as the calendar shows it, with the ids its chips are marked by. */
function CalendarRisks() {
  const { risks, postIds } = useChannelsAtRisk();
  return (
    <>
      <AtRiskBanner risks={risks} timeZone="America/New_York" />
      <output>{[...postIds].join(' ')}</output>
    </>
  );
}

function setConnection(
  h: OutboxHarness,
  channelId: string,
  connection: 'connected' | 'needs_reconnect',
): void {
  h.core.database.sqlite
    .prepare('update channels set connection = ? where id = ?')
    .run(connection, channelId);
}

describe('AtRiskBanner', () => {
  it('names the channel, the day and the posts at risk, and goes once the channel works again', async ({
    h,
  }) => {
    bridgeTo(h);
    const channel = await h.connect('webhook', 'Shop hook');
    const post = await h.schedule([channel], '2026-11-27T09:00', 'Friday bread');
    setConnection(h, channel, 'needs_reconnect');

    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => {
      root.render(<CalendarRisks />);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await vi.waitFor(() => expect(statusOf(host)).not.toBeNull());
    expect(statusOf(host)!.getAttribute('aria-label')).toBe('Sign-ins that end before scheduled posts');
    expect(host.querySelector('li')!.textContent).toBe(
      'Reconnect Webhook (Shop hook) before Wed, Nov 25: 1 post at risk',
    );
    expect(host.querySelector('button')!.textContent).toBe('Reconnect in Settings');
    expect(host.querySelector('output')!.textContent).toBe(post.id);

    setConnection(h, channel, 'connected');
    await h.call('posts.create', { body: 'A draft, so the calendar hears of a change' });
    await vi.waitFor(() => expect(statusOf(host)).toBeNull());
    expect(host.querySelector('output')!.textContent).toBe('');
    act(() => root.unmount());
    delete window.cadence;
  });
});
