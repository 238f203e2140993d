// The app shell as a user sees it: the sidebar, the main area and any error it shows.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';
import { BrandKitPage } from './brand-kit-page';
import { CalendarPage } from './calendar-page';
import { DraftsPage } from './drafts-page';
import { InboxPage } from './inbox-page';
import { InsightsPage } from './insights-page';
import { LibraryPage } from './library-page';
import { PlanPage } from './plan-page';
import { PostFilesPage } from './post-files-page';
import { SearchPage } from './search-page';
import { QueuePage } from './queue-page';
import { SettingsPage } from './settings-page';

/** The sections of the sidebar, and the page object of each. */
const SECTIONS = {
  Plan: PlanPage,
  Calendar: CalendarPage,
  Drafts: DraftsPage,
  Search: SearchPage,
  Queue: QueuePage,
  Inbox: InboxPage,
  Insights: InsightsPage,
  'Brand kit': BrandKitPage,
  Library: LibraryPage,
  'Import and export': PostFilesPage,
  Settings: SettingsPage,
};

export type Section = keyof typeof SECTIONS;
export type SectionPage<S extends Section> = InstanceType<(typeof SECTIONS)[S]>;

export class AppPage extends BasePage {
  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  /** Waits until the shell is up and the workspace has loaded (or failed to, visibly). */
  override async waitUntilLoaded(): Promise<void> {
    await this.sidebar.waitFor();
    await this.page.getByText('Opening your workspace…').waitFor({ state: 'hidden' });
  }

  async newPost(): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'New post', exact: true }).click();
  }

  /** Opens a section from the sidebar and returns its page once it has loaded. */
  async goTo<S extends Section>(section: S): Promise<SectionPage<S>> {
    await this.navButton(section).click();
    const opened = new SECTIONS[section](this.page) as SectionPage<S>;
    await opened.waitUntilLoaded();
    return opened;
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
