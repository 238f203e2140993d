// Makes answers from the core arrive in the order a test chooses: while holding, calls to the
// named channels are kept back at the network layer; release() lets them through and resolves
// once the page has read every one of those answers and rendered, so what the page then shows
// is what it made of them.
import type { Page, Route } from 'playwright-core';

const HELD_HEADER = 'x-test-held-answer';
const READ_COUNT = '__heldAnswersRead';

export class HeldAnswers {
  private holding = false;
  private readonly held: Route[] = [];
  private readonly waiters: Array<() => void> = [];

  private constructor(
    private readonly page: Page,
    private readonly channels: readonly string[],
  ) {}

  /** Intercepts calls to the given channels; they pass through until hold() is called. */
  static async on(page: Page, channels: readonly string[]): Promise<HeldAnswers> {
    const answers = new HeldAnswers(page, channels);
    await answers.countHeldAnswersRead();
    await page.route('**/api/invoke/*', (route) => answers.intercept(route));
    return answers;
  }

  /** Calls made from now on wait until release(). */
  hold(): void {
    this.holding = true;
  }

  /** Calls made from now on go through at once; the ones already held still wait. */
  pass(): void {
    this.holding = false;
  }

  /** Resolves once at least one call to each of `channels` is held. */
  waitForHeld(channels: readonly string[]): Promise<void> {
    if (channels.every((channel) => this.heldChannels.includes(channel))) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(() => void this.waitForHeld(channels).then(resolve)));
  }

  /** The channels of the calls held so far, in the order they were made. */
  get heldChannels(): string[] {
    return this.held.map((route) => channelOf(route.request().url()));
  }

  /** Lets every held call through; resolves when the page has read their answers and rendered. */
  async release(): Promise<void> {
    const routes = this.held.splice(0);
    const before = await this.page.evaluate(
      (key) => (window as unknown as Record<string, number>)[key]!,
      READ_COUNT,
    );
    await Promise.all(
      routes.map(async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), [HELD_HEADER]: '1' } });
      }),
    );
    await this.page.waitForFunction(
      ([key, wanted]) => (window as unknown as Record<string, number>)[key]! >= wanted,
      [READ_COUNT, before + routes.length] as const,
    );
    // The answers' handlers ran in the same turn as the read; two frames on, React has committed.
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
  }

  async stop(): Promise<void> {
    await this.page.unroute('**/api/invoke/*');
  }

  private async intercept(route: Route): Promise<void> {
    if (!this.holding || !this.channels.includes(channelOf(route.request().url()))) {
      await route.continue();
      return;
    }
    this.held.push(route);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** In the page: count each held answer whose body the web bridge has finished reading. */
  private async countHeldAnswersRead(): Promise<void> {
    await this.page.evaluate(
      ([key, header]) => {
        const page = window as unknown as Record<string, number>;
        if (page[key] !== undefined) return;
        page[key] = 0;
        const read = Response.prototype.json;
        Response.prototype.json = async function (this: Response): Promise<unknown> {
          try {
            return (await read.call(this)) as unknown;
          } finally {
            if (this.headers.get(header)) page[key] = (page[key] ?? 0) + 1;
          }
        };
      },
      [READ_COUNT, HELD_HEADER] as const,
    );
  }
}

function channelOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
}
