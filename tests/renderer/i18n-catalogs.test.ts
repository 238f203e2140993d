// Every language says the same things: the German and pseudo catalogs have exactly the English
// keys, each string takes the same {{params}}, nothing is left empty or untranslated by accident,
// and a key missing at run time fails loudly instead of showing the key.
import { describe, expect, it } from 'vitest';
import { flatten, paramsOf } from '../../src-renderer/src/i18n/catalog';
import { de } from '../../src-renderer/src/i18n/de';
import { en } from '../../src-renderer/src/i18n/en';
import { applyLanguageChoice, i18n, t } from '../../src-renderer/src/i18n/i18n';
import { pseudoCatalog, pseudoString } from '../../src-renderer/src/i18n/pseudo';

const english = flatten(en);
const catalogs = { de: flatten(de), 'en-XA': flatten(pseudoCatalog(en)) };

// German words that are the same in English, or names: the only strings allowed to match, with
// those that are only values and punctuation ("{{day}}, {{time}}").
const SAME_IN_GERMAN = new Set([
  'common.brand',
  // The key is labelled Alt on German keyboards too.
  'common.shortcuts.keys.alt',
  'core.desktop.update.ok',
  'core.desktop.closeToTray.ok',
  'common.nav.plan',
  'composer.activity.http',
  'inbox.filters.status',
  'inbox.saved.name',
  'inbox.saved.text',
  'plan.kind.marketing',
  'plan.balance.marketing',
  'insights.columns.conversions',
  'insights.campaignForm.budget',
  'settings.manual.examples.webhook',
  'connect.name',
  'connect.bluesky.server',
  'brandKit.limits.links',
  // The badge the networks themselves show in German too.
  'previews.alt',
]);
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

describe.each(Object.entries(catalogs))('the %s catalog', (_language, catalog) => {
  it('has exactly the English keys', () => {
    expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('takes the same interpolation params in every string', () => {
    const differing = [...english].filter(([key, text]) => {
      return JSON.stringify(paramsOf(text)) !== JSON.stringify(paramsOf(catalog.get(key) ?? ''));
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('leaves no string empty', () => {
    expect([...catalog].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

it('translates every German string that is not a name or the same word', () => {
  const untranslated = [...english].filter(
    ([key, text]) => catalogs.de.get(key) === text && hasWords(text) && !SAME_IN_GERMAN.has(key),
  );
  expect(untranslated.map(([key]) => key)).toEqual([]);
});

it('makes pseudo strings that keep params, nestings and tags but no plain letter', () => {
  expect(pseudoString('Hello {{name}}, see <1>this</1> and $t(common:cancel)')).toBe(
    '⟦Ĥéļļő {{name}}, šéé <1>ţĥíš</1> áñð $t(common:cancel)⟧',
  );
});

it('throws on a key no catalog has, in tests and development', () => {
  const unknown = 'nav.nowhere' as 'nav.plan';
  expect(() => t(unknown)).toThrow(/No "en" text for common:nav.nowhere/);
});

it('switches language at run time and back', async () => {
  await applyLanguageChoice('de');
  expect(t('nav.calendar')).toBe('Kalender');
  expect(t('outbox.attention', { count: 2 })).toBe('2 brauchen Ihre Aufmerksamkeit');
  await applyLanguageChoice('en');
  expect(i18n.language).toBe('en');
  expect(t('outbox.attention', { count: 1 })).toBe('1 needs attention');
});

it('words every first-run question and answer in every language', async () => {
  const { ONBOARDING_QUESTIONS } = await import('../../src-main/shared/plan');
  const keys = ONBOARDING_QUESTIONS.flatMap((question) => [
    `onboarding.questions.${question.key}.question`,
    ...question.options.map((option) => `onboarding.questions.${question.key}.${option.value}`),
  ]);
  for (const key of keys) expect(english.get(key), key).toBeTypeOf('string');
});
