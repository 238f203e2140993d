// @vitest-environment happy-dom
// Settings → Publishing on the desktop: how far ahead quitting may keep the laptop awake, one of
// 2, 6, 12 or 24 hours, sent to the core as the owner picks it, in English and German. The web
// version has no laptop to keep awake and offers no such choice.
import { act } from 'react';
import { beforeAll, expect, it } from 'vitest';
import { AppSettings } from '@shared/app-settings';
import { PublishingPreferences } from '../../src-renderer/src/features/settings/publishing-preferences';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { mountedRoot } from './support/mounted-root';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

const mounted = mountedRoot({ english: true });

async function shown(desktop: boolean) {
  if (desktop) window.cadence = Object.assign(mounted.bridge, { desktop: true });
  await mounted.render(<PublishingPreferences />);
  await act(async () => mounted.bridge.callsTo('settings.get')[0]!.answer(AppSettings.parse({})));
}

const keepAwakeSelect = (label: string) =>
  [...mounted.host.querySelectorAll('label.field')]
    .find((field) => field.querySelector('.field-label')?.textContent === label)
    ?.querySelector('select') ?? null;

it('offers 2, 6, 12 or 24 hours, 12 at first, and saves the owner’s choice', async () => {
  await shown(true);
  const select = keepAwakeSelect('When I quit, offer to keep this laptop awake for posts due within')!;
  expect([...select.options].map((o) => o.textContent)).toEqual([
    '2 hours',
    '6 hours',
    '12 hours',
    '24 hours',
  ]);
  expect(select.value).toBe('12');
  expect(mounted.host.querySelector(`#${select.getAttribute('aria-describedby')}`)!.textContent).toContain(
    'keeps the laptop from sleeping',
  );

  select.value = '6';
  await act(async () => select.dispatchEvent(new Event('change', { bubbles: true })));
  const [update] = mounted.bridge.callsTo('settings.update');
  expect(update!.input).toEqual({ keepAwakeHours: 6 });
});

it('reads German, and is not offered in the browser', async () => {
  await applyLanguageChoice('de');
  await shown(true);
  const select = keepAwakeSelect(
    'Beim Beenden anbieten, diesen Laptop wach zu halten für Beiträge, die fällig sind innerhalb von',
  )!;
  expect(select.options[0]!.textContent).toBe('2 Stunden');
  await mounted.remount();
  await applyLanguageChoice('en');
  await shown(false);
  // The grace window's choice only.
  expect(mounted.host.querySelectorAll('select')).toHaveLength(1);
});
