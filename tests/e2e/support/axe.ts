// axe-core's accessibility rules, run in the page: injected through the DevTools protocol (which
// the page's CSP does not govern), then asked about the whole document as it is shown now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A rule the page breaks, with the elements that break it (CSS selectors) and axe's summary. */
export interface AxeViolation {
  rule: string;
  nodes: string[];
  summary: string;
}

/** The violations of WCAG 2.x A and AA (and axe's best practices) on the page as shown now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
      summary: violation.nodes[0]?.failureSummary ?? violation.help,
    }));
  });
}

interface AxeRunner {
  run(
    context: Document,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: Array<{
      id: string;
      help: string;
      nodes: Array<{ target: string[]; failureSummary?: string }>;
    }>;
  }>;
}
