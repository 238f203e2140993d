// What X's answers say about the app's plan, kept in the channel's settings so the next send
// and the Settings screen know it: whether the API tier lets Cadence read the account's posts
// (detected from a 403 client-forbidden, never asked of the owner), the 24-hour post limits X
// reports on every post (x-user-limit-24hour-* and x-app-limit-24hour-*), and the plan's
// monthly (or daily) cap once X says it is spent (429 usage-capped).
import { z } from 'zod';
import { POSTING_ALLOWANCE_SETTING, type PostingAllowance } from '../../../shared/entities';
import type { Account } from '../connector';
import type { HttpAnswer } from '../http/http-network';
import type { AnswerObserver } from './x-api';
import { problemOf, PROBLEM, xSaid } from './x-errors';

const Window = z.object({
  limit: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  /** When X starts counting afresh (ms). */
  resetsAt: z.number(),
  /** When X said so (ms). */
  seenAt: z.number().optional(),
});

/** The plan's limits as X last reported them. */
export const XPostCaps = z.object({
  userPer24Hours: Window.optional(),
  appPer24Hours: Window.optional(),
  /** The plan's cap was reported spent (UsageCapExceeded), with X's own words. */
  planCapReached: z
    .object({ period: z.enum(['Monthly', 'Daily']), at: z.number(), said: z.string() })
    .optional(),
});
export type XPostCaps = z.infer<typeof XPostCaps>;

/** The channel settings an X channel keeps. */
export const XSettings = z.object({
  /** False once X answered that the app's API tier may not read the account's posts. */
  readAccess: z.boolean().optional(),
  postCaps: XPostCaps.optional(),
});
export type XSettings = z.infer<typeof XSettings>;

export function xSettingsOf(account: Pick<Account, 'settings'>): XSettings {
  const parsed = XSettings.safeParse(account.settings);
  return parsed.success ? parsed.data : {};
}

/** Collects what one operation's answers taught, then saves it to the channel once. */
export class UsageRecorder {
  private caps: XPostCaps;
  private readAccess: boolean | undefined;
  private learned = false;

  constructor(
    private readonly account: Account,
    private readonly now: () => number,
  ) {
    const known = xSettingsOf(account);
    this.caps = known.postCaps ?? {};
    this.readAccess = known.readAccess;
  }

  readonly observe: AnswerObserver = (answer, request) => {
    const problem = problemOf(answer.json);
    if (answer.status === 429 && problem?.type === `${PROBLEM}usage-capped`) {
      const period = problem.period === 'Daily' ? 'Daily' : 'Monthly';
      this.update({ planCapReached: { period, at: this.now(), said: xSaid(answer.json) ?? '' } });
    }
    if (request.method === 'POST' && request.path === '/2/tweets') {
      const user = windowIn(answer, 'user', this.now());
      const app = windowIn(answer, 'app', this.now());
      if (user) this.update({ userPer24Hours: user });
      if (app) this.update({ appPer24Hours: app });
      // A post X took means the plan's cap has room again.
      if (answer.status === 201 && this.caps.planCapReached) {
        const caps = { ...this.caps };
        delete caps.planCapReached;
        this.caps = caps;
        this.learned = true;
      }
    }
  };

  /** Whether the tier lets Cadence read the account's posts, as the latest answer showed. */
  readAccessIs(allowed: boolean): void {
    if (this.readAccess === allowed) return;
    this.readAccess = allowed;
    this.learned = true;
  }

  /** Saves what was learned; a failure here must not turn a post X took into an error. */
  async save(): Promise<void> {
    if (!this.learned || !this.account.saveSettings) return;
    this.learned = false;
    const patch: XSettings & { [POSTING_ALLOWANCE_SETTING]: PostingAllowance | null } = {
      readAccess: this.readAccess,
      postCaps: this.caps,
      [POSTING_ALLOWANCE_SETTING]: allowanceOf(this.caps),
    };
    await this.account.saveSettings(patch).catch((error: unknown) => {
      console.warn('[cadence] could not keep what X said about its limits', error);
    });
  }

  private update(change: Partial<XPostCaps>): void {
    this.caps = { ...this.caps, ...change };
    this.learned = true;
  }
}

/** The caps as the composer shows them: the owner's 24-hour window and a spent plan cap. */
function allowanceOf({ userPer24Hours: user, planCapReached }: XPostCaps): PostingAllowance | null {
  if (!user && !planCapReached) return null;
  return {
    ...(user && {
      window: {
        used: user.limit - user.remaining,
        total: user.limit,
        hours: 24,
        checkedAt: user.seenAt,
        resetsAt: user.resetsAt,
      },
    }),
    ...(planCapReached && { capReached: planCapReached }),
  };
}

function windowIn(answer: HttpAnswer, who: 'user' | 'app', now: number): z.infer<typeof Window> | undefined {
  const header = (name: string) => Number(answer.headers.get(`x-${who}-limit-24hour-${name}`) ?? NaN);
  const parsed = Window.safeParse({
    limit: header('limit'),
    remaining: header('remaining'),
    resetsAt: header('reset') * 1000,
    seenAt: now,
  });
  return parsed.success ? parsed.data : undefined;
}
