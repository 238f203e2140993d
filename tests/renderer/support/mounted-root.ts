// One React root per test, in a host element in the document, with a fresh FakeBridge as
// window.cadence; unmounted and cleared again after the test. Written once here because the
// renderer tests each wrote the same set-up and clean-up out by hand.
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, vi } from 'vitest';
import { applyLanguageChoice } from '../../../src-renderer/src/i18n/i18n';
import { FakeBridge } from './fake-bridge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountOptions {
  /**
   * What window.cadence is: the fake bridge as in the browser ('web', the default), the same
   * marked as the desktop app ('desktop'), or nothing, for components that never call the core.
   */
  bridge?: 'web' | 'desktop' | 'none';
  /** Fakes these clocks for the test; tests that fake only 'Date' keep React's timers real. */
  fakeTimers?: Parameters<typeof vi.useFakeTimers>[0];
  /** Starts and ends each test in English, for tests that switch the language. */
  english?: boolean;
}

export interface MountedRoot {
  /** This test's bridge; every call waits until the test answers it. */
  readonly bridge: FakeBridge;
  /** The element the root renders into, the only one in the body when the test starts. */
  readonly host: HTMLElement;
  /** Renders into the root and lets effects and answered calls settle. */
  render(element: ReactElement): Promise<void>;
  /** Unmounts and starts again with a fresh bridge and root in the same host, as a new window would. */
  remount(): Promise<void>;
}

export function mountedRoot(options: MountOptions = {}): MountedRoot {
  const { bridge: kind = 'web', fakeTimers, english = false } = options;
  let bridge: FakeBridge | undefined;
  let host: HTMLElement | undefined;
  let root: Root | undefined;

  const connect = (into: HTMLElement) => {
    bridge = new FakeBridge();
    if (kind !== 'none')
      window.cadence = kind === 'desktop' ? Object.assign(bridge, { desktop: true }) : bridge;
    root = createRoot(into);
  };

  beforeEach(async () => {
    if (english) await applyLanguageChoice('en');
    if (fakeTimers) vi.useFakeTimers(fakeTimers);
    host = document.createElement('div');
    // Whatever an earlier test left in the body (a portal, a field it added) goes.
    document.body.replaceChildren(host);
    connect(host);
  });

  afterEach(async () => {
    await act(async () => root?.unmount());
    host?.remove();
    delete window.cadence;
    if (fakeTimers) vi.useRealTimers();
    if (english) await applyLanguageChoice('en');
  });

  const current = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`mountedRoot: the ${what} exists only inside a test`);
    return value;
  };

  return {
    get bridge() {
      return current(bridge, 'bridge');
    },
    get host() {
      return current(host, 'host');
    },
    render: (element) => act(async () => current(root, 'root').render(element)),
    remount: async () => {
      await act(async () => current(root, 'root').unmount());
      connect(current(host, 'host'));
    },
  };
}
