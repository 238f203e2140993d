// Test-only: with CADENCE_TEST_HOOKS=1, set by the desktop smoke test, an unpackaged app puts on
// globalThis what that test cannot observe from outside, for playwright's electronApp.evaluate.
// Only the tray needs it: Electron has no API to list tray icons or read one back, and no OS
// tray can be read portably.
import type { TrayShown } from './tray';

export const TEST_HOOKS_VARIABLE = 'CADENCE_TEST_HOOKS';
/** The name on globalThis. */
export const TEST_HOOKS_GLOBAL = 'cadenceTestHooks';

export interface TestHooks {
  /** What the tray shows, or null while there is none. */
  tray(): TrayShown | null;
}

/** Exposes `hooks` when asked to by the environment, and never in a packaged app. */
export function exposeTestHooks(
  hooks: TestHooks,
  { env = process.env, isPackaged }: { env?: NodeJS.ProcessEnv; isPackaged: boolean },
): boolean {
  if (isPackaged || env[TEST_HOOKS_VARIABLE] !== '1') return false;
  Object.assign(globalThis, { [TEST_HOOKS_GLOBAL]: hooks });
  return true;
}
