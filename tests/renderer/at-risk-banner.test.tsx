// @vitest-environment happy-dom
// The calendar's at-risk banner against a real core: a channel whose sign-in must be renewed
// before its scheduled post is due shows "Reconnect … before …: 1 post at risk", and the line
// goes once the channel works again and the calendar hears of a change; its button opens Settings
// on that channel's sign-in form.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, vi } from 'vitest';
import { loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { AtRiskBanner } from '../../src-renderer/src/features/calendar/at-risk-banner';
import { useChannelsAtRisk } from '../../src-renderer/src/features/calendar/use-channels-at-risk';
import { ChannelsSection } from '../../src-renderer/src/features/settings/channels-section';
import { useAppDataStore } from '../../src-renderer/src/state/app-data-store';
import { useNavigationStore } from '../../src-renderer/src/state/navigation-store';
import { it } from '../support/core-fixture';
import type { OutboxHarness } from '../support/outbox-harness';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

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
    expect(host.querySelector('li span')!.textContent).toBe(
      'Reconnect Webhook (Shop hook) before Wed, Nov 25: 1 post at risk',
    );
    const button = host.querySelector('li button')!;
    expect(button.textContent).toBe('Reconnect in Settings');
    expect(button.getAttribute('aria-label')).toBe('Reconnect in Settings: Webhook (Shop hook)');
    expect(host.querySelector('output')!.textContent).toBe(post.id);

    setConnection(h, channel, 'connected');
    await h.call('posts.create', { body: 'A draft, so the calendar hears of a change' });
    await vi.waitFor(() => expect(statusOf(host)).toBeNull());
    expect(host.querySelector('output')!.textContent).toBe('');
    act(() => root.unmount());
    delete window.cadence;
  });
});

describe('Reconnect in Settings, from the banner', () => {
  it('opens Settings on that channel’s sign-in form, once', async ({ h }) => {
    bridgeTo(h);
    const channel = await h.connect('webhook', 'Shop hook');
    await h.schedule([channel], '2026-11-27T09:00', 'Friday bread');
    setConnection(h, channel, 'needs_reconnect');
    useNavigationStore.setState({ view: 'calendar', reconnectChannelId: null });
    useAppDataStore.setState({ channels: await h.call('channels.list') });

    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => {
      root.render(<CalendarRisks />);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await vi.waitFor(() => expect(host.querySelector('li button')).not.toBeNull());
    act(() => (host.querySelector('li button') as HTMLButtonElement).click());
    expect(useNavigationStore.getState()).toMatchObject({ view: 'settings', reconnectChannelId: channel });

    // Settings opens with the channel's form, and takes the request so a later visit opens none.
    await act(async () => {
      root.render(<ChannelsSection />);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const panelTitle = () => host.querySelector('.connect-panel h3')?.textContent ?? null;
    expect(panelTitle()).toBe('Reconnect Shop hook');
    expect(useNavigationStore.getState().reconnectChannelId).toBeNull();
    act(() => root.unmount());
    const again = createRoot(host);
    await act(async () => {
      again.render(<ChannelsSection />);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(panelTitle()).toBeNull();
    act(() => again.unmount());
    delete window.cadence;
  });
});
