// Changing one setting through the real dispatch leaves every other setting as it was.
import { expect } from 'vitest';
import { it } from '../support/core-fixture';

it('keeps the settings a change leaves out', async ({ t }) => {
  await t.call('settings.update', { graceWindowMinutes: 360 });
  await t.call('settings.update', { notifyOnSuccess: true });
  await t.call('settings.update', { closeToTray: false });
  expect(await t.call('settings.get')).toEqual({
    graceWindowMinutes: 360,
    notifyOnSuccess: true,
    closeToTray: false,
    closeToTrayExplained: false,
  });
});

it('still refuses unknown settings and impossible values', async ({ t }) => {
  for (const input of [{ unknownSetting: true }, { graceWindowMinutes: -5 }, { closeToTray: 'yes' }]) {
    const result = await t.core.invoke('settings.update', input);
    expect(result.ok).toBe(false);
  }
});
