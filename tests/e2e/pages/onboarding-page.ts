// The first-run questions (and their review from Settings): the answers, Cadence's proposed
// stage with its reason, another stage chosen by the owner, and the two ways out. Its heading is
// "Welcome to Cadence" on first run, "Review your business stage" from Settings.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export type Question =
  | 'How long have you been posting for the business?'
  | 'How many followers do you have in total, across all channels?'
  | 'Who does the social media work?'
  | 'How much do you spend on ads each month, in your currency?'
  | 'What do you want most right now?';

export class OnboardingPage extends BasePage {
  question(question: Question): Locator {
    return this.main.getByRole('group', { name: question });
  }

  async answer(question: Question, label: string): Promise<void> {
    await this.question(question).getByRole('radio', { name: label, exact: true }).check();
  }

  /** The radio checked for a question, by its label, or null. */
  async answerOf(question: Question): Promise<string | null> {
    const checked = this.question(question).locator('input[type="radio"]:checked');
    if ((await checked.count()) === 0) return null;
    return (await checked.locator('xpath=..').textContent())?.trim() ?? null;
  }

  /** "We suggest: Growing — <reason>", or what to do before Cadence can suggest one. */
  get proposal(): Locator {
    return this.main.getByRole('status').filter({ hasText: /suggest|stage/ });
  }

  async chooseDifferentStage(stage: 'Starting' | 'Growing' | 'Scaling'): Promise<void> {
    await this.main.getByRole('button', { name: 'Choose a different stage' }).click();
    await this.main.getByRole('group', { name: 'Your stage' }).getByRole('radio', { name: stage }).check();
  }

  get startButton(): Locator {
    return this.main.getByRole('button', { name: /^(Start my plan|Save my answers)$/ });
  }

  async start(): Promise<void> {
    await this.startButton.click();
  }

  async skip(): Promise<void> {
    await this.main.getByRole('button', { name: 'Skip for now' }).click();
  }
}
