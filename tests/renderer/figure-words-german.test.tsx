// @vitest-environment happy-dom
// Insights' formulas and the reasons a figure is missing come from the catalog: in German the
// tooltip beside a number reads German, the numbers worked into it stay as they were computed.
import { beforeAll, expect, it } from 'vitest';
import { computeFigures } from '../../src-main/shared/figures';
import { postRate } from '../../src-main/shared/metrics';
import { tagUrl } from '../../src-main/shared/utm';
import { ownerWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { FigureValue } from '../../src-renderer/src/features/insights/figure-value';
import { mountedRoot } from './support/mounted-root';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

const mounted = mountedRoot({ bridge: 'none', english: true });

async function tooltipOf(element: React.ReactElement): Promise<string> {
  await mounted.render(element);
  return mounted.host.querySelector('[role="tooltip"]')!.textContent!;
}

const figures = computeFigures({
  impressions: 0,
  clicks: 40,
  clicksSource: 'analytics',
  conversions: null,
  conversionsSource: 'orders',
  spend: { EUR: 1_000, USD: 500 },
  revenue: null,
  revenueSource: 'orders',
});

it('says formulas and missing figures in German', async () => {
  await applyLanguageChoice('de');
  expect(await tooltipOf(<FigureValue kind="percent" {...figures.ctr} />)).toBe(
    'CTR = Klicks / Impressionen — Division durch 0 Impressionen nicht möglich.',
  );
  expect(await tooltipOf(<FigureValue kind="money" {...figures.spend} />)).toBe(
    'Ausgaben = Summe der erfassten Werbeausgaben — Die Ausgaben sind in EUR / USD; Cadence addiert keine verschiedenen Währungen.',
  );
  expect(await tooltipOf(<FigureValue kind="percent" {...postRate(12, 400)} />)).toBe(
    'Interaktionsrate eines Beitrags = Interaktionen ÷ Follower zum Zeitpunkt der Messung — 12 ÷ 400 = 3%',
  );
});

it('says in German why a link kept its own UTM parameters', async () => {
  await applyLanguageChoice('de');
  const tags = { source: 'mastodon', medium: 'social', campaign: 'spring', content: 'p1' } as const;
  const { leftAlone } = tagUrl('https://shop.example/?utm_source=newsletter', tags);
  expect(ownerWords(leftAlone!)).toBe(
    'Der Link hat bereits UTM-Parameter, daher hat Cadence sie beibehalten.',
  );
});

it('says them in English by default', async () => {
  expect(await tooltipOf(<FigureValue kind="count" {...figures.conversions} />)).toBe(
    'conversions = orders whose landing page carries the UTM tags — No conversions imported yet.',
  );
});
