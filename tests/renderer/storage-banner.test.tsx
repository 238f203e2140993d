// @vitest-environment happy-dom
// The banner every page shows while Cadence can't save, against a real core on real SQLite
// whose file may not grow (SQLITE_FULL, as on a full disk): it stays until a write goes through.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, vi } from 'vitest';
import { StorageBanner } from '../../src-renderer/src/app/storage-banner';
import { it } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let test: TestCore;

// The core comes from the fixture, which also closes it.
it.beforeEach(({ t }) => {
  test = t;
  window.cadence = {
    invoke: (channel, input) => test.core.invoke(channel, input),
    subscribe: (listener) => test.core.subscribe(listener),
    mediaUrl: (sha) => `/media/${sha}`,
  };
});

it.afterEach(() => {
  delete window.cadence;
});

const alertOf = (host: HTMLElement) => host.querySelector('[role="alert"]')?.textContent ?? null;

describe('StorageBanner', () => {
  it('alerts while the disk is full, and goes once a save works again', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    // Lets the first read travel through the bridge, the hook and React.
    await act(async () => {
      root.render(<StorageBanner />);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(alertOf(host)).toBeNull();

    const { sqlite } = test.core.database;
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    const refused = await test.core.invoke('posts.create', { body: 'A long story. '.repeat(1400) });
    expect(refused.ok).toBe(false);
    await vi.waitFor(() =>
      expect(alertOf(host)).toBe(
        "Cadence can't save: the disk is full. Free some space; Cadence will try again.",
      ),
    );

    // Still full: the owner's next request finds it so, and the banner stays.
    await test.call('profile.get');
    expect(alertOf(host)).not.toBeNull();

    sqlite.pragma('max_page_count = 1073741823');
    await test.call('profile.get');
    await vi.waitFor(() => expect(alertOf(host)).toBeNull());
    act(() => root.unmount());
  });
});
