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
    language: 'system',
    theme: 'system',
    openAtLogin: false,
    notifyInbox: true,
    keepAwakeHours: 12,
  });
});

it('keeps how far ahead quitting may keep the laptop awake, one of the offered choices only', async ({
  t,
}) => {
  await t.call('settings.update', { keepAwakeHours: 6 });
  expect(await t.call('settings.get')).toMatchObject({ keepAwakeHours: 6, graceWindowMinutes: 120 });
  for (const keepAwakeHours of [5, 0, 48, '6'])
    expect((await t.core.invoke('settings.update', { keepAwakeHours })).ok).toBe(false);
  expect((await t.call('settings.get')).keepAwakeHours).toBe(6);
});

it('keeps the theme, start at login and inbox notifications, and says that the settings changed', async ({
  t,
}) => {
  const events: string[] = [];
  t.core.subscribe((event) => events.push(event.type));
  await t.call('settings.update', { theme: 'dark' });
  await t.call('settings.update', { openAtLogin: true, notifyInbox: false });
  expect(await t.call('settings.get')).toMatchObject({
    theme: 'dark',
    openAtLogin: true,
    notifyInbox: false,
  });
  expect(events.filter((type) => type === 'settings.changed')).toHaveLength(2);
  expect((await t.core.invoke('settings.update', { theme: 'sepia' })).ok).toBe(false);
});

it('keeps the language the owner chose, and refuses one Cadence does not speak', async ({ t }) => {
  await t.call('settings.update', { language: 'de' });
  expect(await t.call('settings.get')).toMatchObject({ language: 'de', closeToTray: true });
  expect((await t.core.invoke('settings.update', { language: 'fr' })).ok).toBe(false);
  await t.call('settings.update', { language: 'system' });
  expect((await t.call('settings.get')).language).toBe('system');
});

it('still refuses unknown settings and impossible values', async ({ t }) => {
  for (const input of [{ unknownSetting: true }, { graceWindowMinutes: -5 }, { closeToTray: 'yes' }]) {
    const result = await t.core.invoke('settings.update', input);
    expect(result.ok).toBe(false);
  }
});
