// The desktop smoke test's window into main (CADENCE_TEST_HOOKS=1) opens only when asked, and
// never in a packaged app.
import { afterEach, describe, expect, it } from 'vitest';
import { exposeTestHooks, TEST_HOOKS_GLOBAL, type TestHooks } from '../../src-main/test-hooks';

const hooks: TestHooks = { tray: () => ({ toolTip: 'Cadence\nNothing scheduled', menu: ['Quit Cadence'] }) };
const exposed = () => (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL];

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL];
});

describe('test hooks', () => {
  it('are exposed on globalThis when CADENCE_TEST_HOOKS=1 in an unpackaged app', () => {
    expect(exposeTestHooks(hooks, { env: { CADENCE_TEST_HOOKS: '1' }, isPackaged: false })).toBe(true);
    expect(exposed()).toBe(hooks);
  });

  it('are not exposed without CADENCE_TEST_HOOKS=1', () => {
    expect(exposeTestHooks(hooks, { env: {}, isPackaged: false })).toBe(false);
    expect(exposeTestHooks(hooks, { env: { CADENCE_TEST_HOOKS: 'yes' }, isPackaged: false })).toBe(false);
    expect(exposed()).toBeUndefined();
  });

  it('are never exposed in a packaged app', () => {
    expect(exposeTestHooks(hooks, { env: { CADENCE_TEST_HOOKS: '1' }, isPackaged: true })).toBe(false);
    expect(exposed()).toBeUndefined();
  });
});
