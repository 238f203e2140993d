// The connect form for networks Cadence signs in to with the owner's own developer app (X,
// Facebook, Instagram, Threads, LinkedIn): the guide, the app's id and secret, Test connection,
// Sign in through the browser, the pasted address where a network cannot come back, and the
// account picker.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { SettingsPage } from './settings-page';

export type OwnAppLabel = 'X' | 'Facebook' | 'Instagram' | 'Threads' | 'LinkedIn';

export class OwnAppConnectForm {
  constructor(
    private readonly settings: SettingsPage,
    readonly network: OwnAppLabel,
  ) {}

  /** Where the browser signs in: Instagram accounts come through Facebook's sign-in. */
  get signInAt(): string {
    return this.network === 'Instagram' ? 'Facebook' : this.network;
  }

  get form(): Locator {
    return this.settings.connectForm(this.network);
  }

  async open(): Promise<this> {
    await this.settings.openConnect(this.network);
    await this.form.waitFor();
    return this;
  }

  /** The numbered steps of the guide, in order. */
  async guideSteps(): Promise<string[]> {
    return this.form.locator('.own-app-steps > li').allTextContents();
  }

  /** The address the guide says to paste into the app's settings, next to its Copy button. */
  async redirectAddress(): Promise<string> {
    return ((await this.form.locator('.copy-line code').first().textContent()) ?? '').trim();
  }

  copyButton(): Locator {
    return this.form.getByRole('button', { name: /^Copy the address / });
  }

  /** Types the app's id and secret (labels differ per network: "Client ID", "App ID"…). */
  async fillApp(app: { id: string; secret?: string }): Promise<void> {
    await this.form.getByLabel(/(Client|App) ID$/).fill(app.id);
    if (app.secret !== undefined) await this.form.getByLabel(/(Client|App) Secret$/).fill(app.secret);
  }

  /** Clicks Test connection and returns what Cadence said. */
  async testApp(): Promise<string> {
    await this.form.getByRole('button', { name: 'Test connection', exact: true }).click();
    const said = this.form.getByText(/is ready\. Choose Sign in with|did not accept|does not look like/);
    await said.waitFor();
    return ((await said.textContent()) ?? '').trim();
  }

  async setName(name: string): Promise<void> {
    await this.form.getByLabel('Name in Cadence').fill(name);
  }

  /**
   * Clicks "Sign in with <network>" and returns the browser window that opened, stopped at the
   * network's authorize page (`authorizePattern`) so the test can play the owner there, and its URL.
   */
  async signIn(
    context: BrowserContext,
    authorizePattern: string,
  ): Promise<{ popup: Page; authorizeUrl: string }> {
    await context.route(authorizePattern, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>Allow Cadence?</p>' }),
    );
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      this.form.getByRole('button', { name: `Sign in with ${this.signInAt}`, exact: true }).click(),
    ]);
    await popup.getByText('Allow Cadence?').waitFor();
    await context.unroute(authorizePattern);
    return { popup, authorizeUrl: popup.url() };
  }

  /** The words Cadence shows while it waits for the browser. */
  get waiting(): Locator {
    return this.form
      .getByRole('status')
      .filter({ hasText: 'Allow Cadence in the browser window that opened.' });
  }

  /** Pastes the address the browser stopped on (Threads) and finishes. */
  async pasteAddress(address: string): Promise<void> {
    await this.form.getByLabel('Address the browser stopped on').fill(address);
    await this.form.getByRole('button', { name: 'Finish signing in', exact: true }).click();
  }

  get picker(): Locator {
    return this.form.getByRole('group', { name: 'Choose the accounts to connect' });
  }

  /** The accounts the sign-in gave, as the picker words them. */
  async candidates(): Promise<string[]> {
    await this.picker.waitFor();
    return (await this.picker
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.map((box) => box.closest('label')?.textContent?.trim() ?? ''),
      )) as string[];
  }

  /** Leaves ticked only the accounts whose words match, then connects them. */
  async choose(...accounts: RegExp[]): Promise<void> {
    const boxes = this.picker.getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i += 1) {
      const box = boxes.nth(i);
      const words = (await box.evaluate((el) => el.closest('label')?.textContent ?? '')) as string;
      await box.setChecked(accounts.some((pattern) => pattern.test(words)));
    }
    await this.picker.getByRole('button', { name: 'Connect the chosen accounts', exact: true }).click();
  }

  get failure(): Locator {
    return this.form.getByRole('alert');
  }

  /** Clicks "Forget this app", confirms in the dialog, and returns what Cadence said. */
  async forgetApp(): Promise<string> {
    await this.form.getByRole('button', { name: 'Forget this app', exact: true }).click();
    const dialog = this.form.page().getByRole('dialog');
    await dialog.getByRole('button', { name: 'Forget this app', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const said = this.form.getByRole('status').filter({ hasText: /is forgotten/ });
    await said.waitFor();
    return ((await said.textContent()) ?? '').trim();
  }

  /** What the dialog asking to forget the app says, then Cancel. */
  async forgetQuestionThenCancel(): Promise<string> {
    await this.form.getByRole('button', { name: 'Forget this app', exact: true }).click();
    const dialog = this.form.page().getByRole('dialog');
    const words = ((await dialog.textContent()) ?? '').trim();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    return words;
  }
}
