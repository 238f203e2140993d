// The Library screen: saving, editing and deleting templates, snippets and hashtag groups.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export type PieceKind = 'Template' | 'Snippet' | 'Hashtag group';

export class LibraryPage extends BasePage {
  protected override readonly title = 'Library';

  get form(): Locator {
    return this.main.getByRole('form');
  }

  async add(kind: PieceKind, name: string, text: string): Promise<void> {
    await this.main.getByRole('button', { name: 'New piece' }).click();
    await this.fill(kind, name, text);
    await this.form.getByRole('button', { name: 'Save piece' }).click();
    await this.form.waitFor({ state: 'detached' });
  }

  async edit(name: string, changes: { kind: PieceKind; name: string; text: string }): Promise<void> {
    await this.main.getByRole('button', { name: `Edit “${name}”` }).click();
    await this.fill(changes.kind, changes.name, changes.text);
    await this.form.getByRole('button', { name: 'Save changes' }).click();
    await this.form.waitFor({ state: 'detached' });
  }

  async remove(name: string): Promise<void> {
    await this.main.getByRole('button', { name: `Delete “${name}”` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  }

  /** The pieces listed under a kind's heading ("Hashtag groups"), as "name text". */
  section(heading: string): Locator {
    return this.main.getByRole('region', { name: heading });
  }

  private async fill(kind: PieceKind, name: string, text: string): Promise<void> {
    await this.form.getByLabel('Kind').selectOption({ label: kind });
    await this.form.getByLabel('Name').fill(name);
    await this.form.getByLabel('Text').fill(text);
  }
}
