// Every screen of Cadence, visited in whatever language it speaks: the sidebar's sections by
// their names in that language's catalog, the composer on a new and on a saved post (with a
// custom repeat open), the week view, and the stage review. Each visit waits until the screen has shown what it loaded.
import type { Locator, Page } from 'playwright-core';
import type { Catalog } from '../../../src-renderer/src/i18n/catalog';
import type { en } from '../../../src-renderer/src/i18n/en';

export type Words = Catalog<typeof en>;
export type Section = Exclude<keyof Words['common']['nav'], 'label' | 'newPost'>;

export const SECTIONS: readonly Section[] = [
  'plan',
  'calendar',
  'drafts',
  'search',
  'queue',
  'inbox',
  'insights',
  'brandKit',
  'library',
  'postFiles',
  'settings',
];

export class LanguageTour {
  constructor(
    readonly page: Page,
    readonly words: Words,
  ) {}

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: this.words.common.nav.label });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** Waits until the sidebar is up and the workspace has opened. */
  async waitUntilOpen(): Promise<void> {
    await this.sidebar.waitFor();
    await this.heading.waitFor();
  }

  async goTo(section: Section): Promise<void> {
    await this.sidebar.getByRole('button', { name: this.words.common.nav[section], exact: true }).click();
    await this.heading.waitFor();
  }

  async newPost(): Promise<void> {
    await this.sidebar.getByRole('button', { name: this.words.common.nav.newPost, exact: true }).click();
    await this.main.getByRole('heading', { level: 1, name: this.words.composer.newPost }).waitFor();
  }

  /** The calendar's week view, from the calendar. */
  async showWeek(): Promise<void> {
    const views = this.main.getByRole('group', { name: this.words.calendar.viewLabel });
    await views.getByRole('button', { name: this.words.calendar.week }).click();
  }

  /** The search over all posts, with a post selected: the bulk actions' bar shows. */
  async selectInSearch(): Promise<void> {
    await this.main
      .getByRole('list', { name: this.words.find.results.label })
      .getByRole('checkbox')
      .first()
      .check();
    await this.main.getByRole('toolbar', { name: this.words.find.bulk.label }).waitFor();
  }

  /** Deletes the selected posts from the bulk bar: the toast with Undo shows. */
  async deleteSelected(): Promise<void> {
    await this.main
      .getByRole('toolbar', { name: this.words.find.bulk.label })
      .getByRole('button', { name: this.words.find.bulk.delete, exact: true })
      .click();
    await this.undoToast.getByRole('button', { name: this.words.find.undo.undo, exact: true }).waitFor();
  }

  /** Undoes the last change from its toast, and waits until the toast says it is undone. */
  async undoLastChange(): Promise<void> {
    const button = this.undoToast.getByRole('button', { name: this.words.find.undo.undo, exact: true });
    await button.click();
    await button.waitFor({ state: 'detached' });
  }

  /** The toast that offers Undo for the last change. */
  get undoToast(): Locator {
    return this.page.getByRole('region', { name: this.words.find.undo.label });
  }

  /** Settings' choice of language ("system", "en", "de"). */
  get languageChoice(): Locator {
    return this.main.getByLabel(this.words.settings.language.label);
  }

  /** Opens Settings' connect panel and the form to add a channel by hand. */
  async openChannelForms(): Promise<void> {
    const { channels } = this.words.settings;
    await this.main.getByRole('button', { name: channels.connect, exact: true }).click();
    await this.main.getByRole('region', { name: this.words.connect.title }).waitFor();
    await this.main.getByRole('button', { name: channels.addByHand, exact: true }).click();
    await this.main.getByRole('form', { name: this.words.settings.manual.label }).waitFor();
  }

  /** From Settings, the first-run questions again, to review the business stage. */
  async reviewStage(): Promise<void> {
    await this.main.getByRole('button', { name: this.words.settings.planBrand.review }).click();
    await this.main.getByRole('heading', { level: 1, name: this.words.onboarding.review }).waitFor();
  }

  /**
   * Waits until `text` (the owner's data, which reads the same in every language) is on screen.
   * Only a visible match counts: the same text may also sit folded away (the calendar's "Will it
   * go out?" lists a post due soon inside its closed disclosure, before the grid), and waiting for
   * that one to show would wait forever.
   */
  async waitForData(text: string): Promise<void> {
    await this.main.getByText(text).filter({ visible: true }).first().waitFor();
  }

  /** The calendar's "Will it go out?" disclosure, opened from the keyboard. */
  async openPreflight(): Promise<void> {
    const summary = this.main.locator('.preflight-panel summary');
    await summary.focus();
    await this.page.keyboard.press('Enter');
    await this.main.locator('.preflight-panel[open]').waitFor();
  }

  /** Opens a post from its chip on the calendar, in the composer. */
  async openFromCalendar(postId: string): Promise<void> {
    await this.goTo('calendar');
    await this.main.locator(`button[data-post-id="${postId}"]`).click();
    await this.main.getByRole('heading', { level: 1, name: this.words.composer.editPost }).waitFor();
  }

  /** The Repeat card's "Custom…", every so many `unit` ("weeks" or "months"): its fields show. */
  async chooseCustomRepeat(unit: 'weeks' | 'months'): Promise<void> {
    const { repeat } = this.words.composer;
    const card = this.main.getByRole('region', { name: repeat.title });
    await card.getByLabel(repeat.label, { exact: true }).selectOption('custom');
    const custom = card.getByRole('group', { name: repeat.custom.title });
    await custom.getByLabel(repeat.custom.unit).selectOption(unit);
  }

  /** Waits until no loading line (any namespace's) is left on screen. */
  async waitUntilLoaded(loading: readonly string[]): Promise<void> {
    for (const text of loading) await this.main.getByText(text, { exact: true }).waitFor({ state: 'hidden' });
  }
}
