// The Plan screen: the stage and its reason, progress, the Now / Next / Later items with their
// state, ticks and next actions, the balance gauge and the past weeks.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export type Bucket = 'Now' | 'Next' | 'Later';

export class PlanPage extends BasePage {
  protected override readonly title = 'Your plan';
  protected override readonly loadingText = 'Loading your plan…';

  override async waitUntilLoaded(): Promise<void> {
    await super.waitUntilLoaded();
    await this.bucket('Now').waitFor();
  }

  /** Offered until the first-run questions are answered or skipped. */
  get sizeCard(): Locator {
    return this.main.getByRole('region', { name: 'Answer 5 questions to size your plan' });
  }

  get stageCard(): Locator {
    return this.main.getByRole('region', { name: 'Your stage' });
  }

  /** "Growing" */
  async stage(): Promise<string> {
    return ((await this.stageCard.locator('.plan-stage-name').textContent()) ?? '').trim();
  }

  async stageReason(): Promise<string> {
    return ((await this.stageCard.locator('.plan-stage-reason').textContent()) ?? '').trim();
  }

  async changeStage(stage: 'Starting' | 'Growing' | 'Scaling'): Promise<void> {
    await this.stageCard.getByRole('button', { name: 'Change stage' }).click();
    await this.stageCard.getByRole('radio', { name: stage }).check();
    await this.stageCard.getByRole('button', { name: 'Use this stage' }).click();
  }

  bucket(bucket: Bucket): Locator {
    return this.main.getByRole('region', { name: bucket, exact: true });
  }

  /** The titles of a bucket's items, in order. */
  async itemTitles(bucket: Bucket): Promise<string[]> {
    const titles = this.bucket(bucket).getByRole('listitem').locator('h3');
    return (await titles.allTextContents()).map((text) => text.trim());
  }

  item(title: string): Locator {
    const heading = this.page.locator('h3', { hasText: new RegExp(`^\\s*${escape(title)}\\s*$`) });
    return this.main.locator('li.plan-item').filter({ has: heading });
  }

  /** The state in words and the status sentence: "Not started 0 of 3 posts published this week. Target: …". */
  async itemMeta(title: string): Promise<string> {
    return ((await this.item(title).locator('.plan-item-meta').textContent()) ?? '').trim();
  }

  /** The hand-tick checkbox, named by the item's title; absent for items Cadence checks itself. */
  checkbox(title: string): Locator {
    return this.item(title).getByRole('checkbox', { name: title, exact: true });
  }

  action(title: string): Locator {
    return this.item(title).getByRole('button');
  }

  get progress(): Locator {
    return this.main.getByRole('region', { name: 'Progress' });
  }

  get balance(): Locator {
    return this.main.getByRole('region', { name: 'Balance this week' });
  }

  get gauge(): Locator {
    return this.balance.getByRole('meter');
  }

  async gaugeValue(): Promise<number> {
    return Number(await this.gauge.getAttribute('aria-valuenow'));
  }

  async balanceSentence(): Promise<string> {
    return ((await this.balance.locator('.plan-balance-sentence').textContent()) ?? '').trim();
  }

  get history(): Locator {
    return this.main.getByRole('region', { name: 'Past weeks' });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
