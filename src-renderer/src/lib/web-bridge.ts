// In `npm run web` there is no preload: this puts the same CadenceBridge on window.cadence,
// over HTTP to the local web server. The token travels in the HttpOnly cookie the server set
// when the page first loaded, so nothing here needs it: it is taken out of the address at once.
import type { CadenceBridge, ChannelName } from '@shared/contract';
import { CoreEvent } from '@shared/contract/events';
import { AppErrorShape, type Result } from '@shared/errors';
import { z } from 'zod';
import { t } from '../i18n/i18n';

const WireResult = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorShape }),
]);

const RECONNECT_MIN_MS = 1_000;
const RECONNECT_MAX_MS = 15_000;
/** How long a read waits for the event stream to open (see eventFeed) before it goes anyway. */
const STREAM_WAIT_MS = 1_000;

function unreachable(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

async function invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: input === undefined ? undefined : JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    return unreachable(t('errors.webUnreachable'));
  }
  const parsed = WireResult.safeParse(await response.json().catch(() => null));
  if (parsed.success) return parsed.data;
  if (response.status === 403) {
    return unreachable(t('errors.webForbidden'));
  }
  return unreachable(t('errors.webUnreadable'));
}

/**
 * One EventSource shared by every subscriber; rebuilt with back-off when the browser gives up on
 * it. While it connects, reads wait for it (`whenOpen`): a change made between a read's answer and
 * the stream's start would otherwise be missed, and what the read showed would stay stale until
 * the next change (the profile and channels are read at the very start, with the stream). Each
 * later opening, after a drop, tells every subscriber to read again (`events.resumed`).
 */
function eventFeed() {
  const listeners = new Set<(event: CoreEvent) => void>();
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let delay = RECONNECT_MIN_MS;
  let open: Promise<void> = Promise.resolve();
  let openings = 0;

  const connect = () => {
    retryTimer = null;
    const opened = new EventSource('/api/events', { withCredentials: true });
    source = opened;
    // Settled when the stream opens, fails, or takes too long: a read never waits for good.
    let settleOpen = () => {};
    open = new Promise((settle) => {
      settleOpen = settle;
      setTimeout(settle, STREAM_WAIT_MS);
    });
    opened.onopen = () => {
      settleOpen();
      delay = RECONNECT_MIN_MS;
      // Reads waited for the first opening; after a drop, changes in the gap were missed.
      if (openings++ > 0) for (const listener of listeners) listener({ type: 'events.resumed' });
    };
    opened.onmessage = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const event = CoreEvent.safeParse(data);
      if (!event.success) return;
      for (const listener of listeners) listener(event.data);
    };
    opened.onerror = () => {
      settleOpen();
      // The browser retries on its own while the state is CONNECTING; CLOSED means it stopped for good.
      if (opened.readyState !== EventSource.CLOSED || source !== opened || listeners.size === 0) return;
      source = null;
      retryTimer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    };
  };

  const disconnect = () => {
    source?.close();
    source = null;
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };

  return {
    subscribe(listener: (event: CoreEvent) => void): () => void {
      listeners.add(listener);
      if (!source && retryTimer === null) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) disconnect();
      };
    },
    whenOpen: () => open,
  };
}

export function createWebBridge(): CadenceBridge {
  const feed = eventFeed();
  return {
    invoke: async (channel, input) => {
      await feed.whenOpen();
      return invoke(channel, input);
    },
    subscribe: feed.subscribe,
    mediaUrl: (sha256) => `/media/${encodeURIComponent(sha256)}`,
  };
}

/** The query parameter `npm run web` prints the address with (src-main/web/access.ts). */
const TOKEN_QUERY = 'token';

/**
 * Takes the token out of the address bar once the page has loaded: the server has set its
 * cookie by then, and a token left in the address would end up in history, bookmarks and
 * screenshots, and be copied along with any address the owner shares.
 */
function forgetAddressToken(): void {
  const address = new URL(location.href);
  if (!address.searchParams.has(TOKEN_QUERY)) return;
  address.searchParams.delete(TOKEN_QUERY);
  history.replaceState(history.state, '', address);
}

/** Installs the web bridge unless the Electron preload already provided one. */
export function installWebBridge(): void {
  if (window.cadence) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  forgetAddressToken();
  window.cadence = createWebBridge();
}
