// The composer's Repeat card: choosing how a scheduled post repeats and when it ends, and on a
// post of a series, carrying edits to the following posts or deleting them.
import type { Locator, Page } from 'playwright-core';

export class ComposerRepeat {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Repeat' });
  }

  /** Picks a choice by its label ("Every week on Tuesday") and an end after `count` posts. */
  async repeat(choice: string, count: number): Promise<void> {
    await this.card.getByLabel('Repeat', { exact: true }).selectOption({ label: choice });
    await this.card.getByLabel('Ends').selectOption({ label: 'After a number of posts' });
    await this.card.getByLabel('Number of posts').fill(String(count));
    await this.card.getByRole('button', { name: 'Repeat this post' }).click();
  }

  /** "Custom…": every `weeks` weeks, ticking `weekdays` besides the post's own, ending after `count` posts. */
  async chooseCustomWeeks(weeks: string, weekdays: string[], count: number): Promise<void> {
    await this.card.getByLabel('Repeat', { exact: true }).selectOption({ label: 'Custom…' });
    await this.custom.getByLabel('Every', { exact: true }).fill(weeks);
    await this.custom.getByLabel('Weeks or months').selectOption({ label: 'weeks' });
    for (const weekday of weekdays) await this.custom.getByRole('checkbox', { name: weekday }).check();
    await this.card.getByLabel('Ends').selectOption({ label: 'After a number of posts' });
    await this.card.getByLabel('Number of posts').fill(String(count));
  }

  /** The "Custom repeat" group of fields. */
  get custom(): Locator {
    return this.card.getByRole('group', { name: 'Custom repeat' });
  }

  get startButton(): Locator {
    return this.card.getByRole('button', { name: 'Repeat this post' });
  }

  /** Why a custom repeat cannot start yet, shown by its fields. */
  get customProblem(): Locator {
    return this.custom.locator('.inline-error');
  }

  /** "Repeats: Every week on Tuesday, for 4 posts", once the post is part of a series. */
  get summary(): Locator {
    return this.card.getByText(/^Repeats: /);
  }

  async applyToFollowing(): Promise<void> {
    await this.card.getByRole('button', { name: 'Apply my changes to this and the following posts' }).click();
  }
}
