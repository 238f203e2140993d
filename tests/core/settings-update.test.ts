// Changing one setting through the real dispatch leaves every other setting as it was.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

let data: ReturnType<typeof tempDir>;
let running: TestCore;
beforeEach(() => {
  data = tempDir();
  running = startTestCore({ dataDir: data.dir });
});
afterEach(async () => {
  await running.core.close();
  data.cleanup();
});

it('keeps the settings a change leaves out', async () => {
  await running.call('settings.update', { graceWindowMinutes: 360 });
  await running.call('settings.update', { notifyOnSuccess: true });
  await running.call('settings.update', { closeToTray: false });
  expect(await running.call('settings.get')).toEqual({
    graceWindowMinutes: 360,
    notifyOnSuccess: true,
    closeToTray: false,
    closeToTrayExplained: false,
  });
});

it('still refuses unknown settings and impossible values', async () => {
  for (const input of [{ unknownSetting: true }, { graceWindowMinutes: -5 }, { closeToTray: 'yes' }]) {
    const result = await running.core.invoke('settings.update', input);
    expect(result.ok).toBe(false);
  }
});
