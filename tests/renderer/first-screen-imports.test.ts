// What the first screen loads (issue 14): the calendar comes at once; every other screen, and
// what only it uses, is split off and loads when first opened. Its size is a bench figure
// (tests/bench/bundle-size.ts); this keeps the split itself from quietly undoing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enLater } from '../../src-renderer/src/i18n/en/later';
import { loadedAtOnce, rendererImportGraph, rendererSource } from '../support/renderer-import-graph';

const LAZY_SCREENS = [
  'features/composer/composer-page.tsx',
  'features/drafts/drafts-page.tsx',
  'features/plan/plan-page.tsx',
  'features/inbox/inbox-page.tsx',
  'features/insights/insights-page.tsx',
  'features/settings/settings-page.tsx',
  'features/brand-kit/brand-kit-page.tsx',
  'features/onboarding/business-stage-page.tsx',
];

describe('the first screen', () => {
  const graph = rendererImportGraph();
  const firstScreen = loadedAtOnce(graph, 'main.tsx');

  it('loads the calendar and the first-run welcome at once', () => {
    expect(firstScreen).toContain('features/calendar/calendar-page.tsx');
    expect(firstScreen).toContain('features/onboarding/first-run.tsx');
  });

  it('loads every other screen when the shell first opens it', () => {
    expect(graph.get('app/app.tsx')?.lazy).toEqual(expect.arrayContaining(LAZY_SCREENS));
    expect(LAZY_SCREENS.filter((screen) => firstScreen.has(screen))).toEqual([]);
  });

  it('leaves the charts, the importers and the X counter to the screens that use them', () => {
    expect(firstScreen).not.toContain('recharts');
    expect(firstScreen).not.toContain('twitter-text');
    expect(firstScreen).not.toContain('features/insights/import-flow.tsx');
    expect(firstScreen).not.toContain('features/settings/data-transfer.tsx');
    expect(firstScreen).not.toContain('components/channel-counters.tsx');
  });

  // The whole contract is every request schema and what they import (marketing, plans, kits…);
  // a first-screen file that checks one request imports that domain's file instead.
  it('leaves the merged IPC contract out, taking a domain’s schemas from its own file', () => {
    expect(firstScreen).not.toContain('../../src-main/shared/contract/index.ts');
  });

  it('carries its own English words, and the other screens’ only with them', () => {
    expect(firstScreen).toContain('i18n/en/at-once.ts');
    expect(firstScreen).not.toContain('i18n/en/later.ts');
    expect(graph.get('i18n/i18n.ts')?.lazy).toContain('i18n/en/later.ts');
  });

  // A word from a later screen's namespace would be missing until that screen first opened.
  it('names no word that comes only with a later screen', () => {
    const later = Object.keys(enLater).join('|');
    const naming = new RegExp(`['"\`](?:${later}):|useTranslation\\(\\[?'(?:${later})'`);
    const code = [...firstScreen].filter((file) => /\.tsx?$/.test(file) && !file.startsWith('i18n/en/'));
    const namingLater = code.filter((file) =>
      naming.test(readFileSync(resolve(rendererSource, file), 'utf8')),
    );
    expect(namingLater).toEqual([]);
  });
});
