// The app shell as a user sees it: the sidebar, the main area and any error it shows.
import type { Locator, Page } from 'playwright-core';

export type Section = 'Plan' | 'Calendar' | 'Drafts' | 'Brand kit' | 'Settings';

export class AppPage {
  constructor(readonly page: Page) {}

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** Every error currently shown (role=alert), anywhere on the page. */
  get alerts(): Locator {
    return this.page.getByRole('alert');
  }

  /** Waits until the shell is up and the workspace has loaded (or failed to, visibly). */
  async waitUntilReady(): Promise<void> {
    await this.sidebar.waitFor();
    await this.page.getByText('Opening your workspace…').waitFor({ state: 'hidden' });
  }

  async newPost(): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'New post', exact: true }).click();
  }

  async goTo(section: Section): Promise<void> {
    await this.navButton(section).click();
  }

  navButton(section: Section): Locator {
    return this.sidebar.getByRole('button', { name: section, exact: true });
  }

  /** The section the sidebar marks as current (aria-current="page"), or null on the composer. */
  async currentSection(): Promise<string | null> {
    const current = this.sidebar.locator('[aria-current="page"]');
    if ((await current.count()) === 0) return null;
    return (await current.first().textContent())?.trim() ?? null;
  }

  /** The outbox line: "Offline — …", "2 queued · next at 9:00 AM" or "Nothing queued". */
  get outboxStatus(): Locator {
    return this.sidebar.getByRole('status').filter({ hasText: /queued|Offline/ });
  }

  /** "N need attention", shown while posts wait for the owner; it opens the calendar. */
  get attentionButton(): Locator {
    return this.sidebar.getByRole('button', { name: /needs? attention$/ });
  }

  /** The main area's top heading. */
  heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** The texts of the errors currently shown. */
  async errorMessages(): Promise<string[]> {
    return (await this.alerts.allTextContents()).map((text) => text.trim()).filter(Boolean);
  }

  /** Waits for an error containing `text` and returns its full message. */
  async waitForError(text: string | RegExp): Promise<string> {
    const alert = this.alerts.filter({ hasText: text }).first();
    await alert.waitFor();
    return (await alert.textContent())?.trim() ?? '';
  }
}
