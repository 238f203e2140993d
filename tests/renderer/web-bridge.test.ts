// @vitest-environment happy-dom
// Web mode's bridge on first load: the token `npm run web` printed in the address is taken out
// of the address bar (the server's cookie carries it from then on), and the rest is kept. Reads
// wait while the event stream connects, so no change between a read and the stream is missed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge, installWebBridge } from '../../src-renderer/src/lib/web-bridge';

afterEach(() => {
  delete window.cadence;
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

/** An EventSource the test opens or fails by hand. */
class HeldEventSource {
  static readonly CLOSED = 2;
  static last: HeldEventSource | null = null;
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    HeldEventSource.last = this;
  }
  close(): void {
    this.readyState = HeldEventSource.CLOSED;
  }
  settle(type: 'open' | 'error'): void {
    this.readyState = type === 'open' ? 1 : HeldEventSource.CLOSED;
    (type === 'open' ? this.onopen : this.onerror)?.();
  }
}

/** A bridge whose reads are counted and answered at once, with its event stream held. */
function bridgeWithHeldStream() {
  const fetches: string[] = [];
  vi.stubGlobal('EventSource', HeldEventSource);
  vi.stubGlobal('fetch', async (url: string) => {
    fetches.push(url);
    return new Response(JSON.stringify({ ok: true, value: null }));
  });
  const bridge = createWebBridge();
  bridge.subscribe(() => undefined);
  return { bridge, fetches, stream: HeldEventSource.last! };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reads in web mode', () => {
  it('wait for the event stream to open before they go', async () => {
    const { bridge, fetches, stream } = bridgeWithHeldStream();
    const read = bridge.invoke('channels.list', undefined);
    await tick();
    expect(fetches).toEqual([]);
    stream.settle('open');
    expect(await read).toEqual({ ok: true, value: null });
    expect(fetches).toEqual(['/api/invoke/channels.list']);
  });

  it('are made again after the stream comes back from a drop, not after it first opens', async () => {
    const { bridge, stream } = bridgeWithHeldStream();
    const heard: string[] = [];
    bridge.subscribe((event) => heard.push(event.type));
    stream.settle('open');
    expect(heard).toEqual([]);
    // The browser reconnects on its own; what changed meanwhile was not sent.
    stream.settle('open');
    expect(heard).toEqual(['events.resumed']);
  });

  it('go anyway when the stream cannot open', async () => {
    const { bridge, fetches, stream } = bridgeWithHeldStream();
    const read = bridge.invoke('profile.get', undefined);
    stream.settle('error');
    await read;
    expect(fetches).toEqual(['/api/invoke/profile.get']);
  });
});

describe('the web bridge on first load', () => {
  it('takes the token out of the address, keeping the rest of it and the history entry', () => {
    history.replaceState({ view: 'calendar' }, '', '/?token=abc123_-XYZ&week=2026-11-23#post-1');
    const entries = history.length;
    installWebBridge();
    expect(location.search).toBe('?week=2026-11-23');
    expect(location.hash).toBe('#post-1');
    expect(location.href).not.toContain('abc123_-XYZ');
    expect(history.length).toBe(entries);
    expect(history.state).toEqual({ view: 'calendar' });
    expect(window.cadence).toBeDefined();
  });

  it('leaves an address without a token alone', () => {
    history.replaceState(null, '', '/?week=2026-11-23');
    installWebBridge();
    expect(location.pathname + location.search).toBe('/?week=2026-11-23');
  });
});
