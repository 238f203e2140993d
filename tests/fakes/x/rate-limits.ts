// X's rate limits as its answers report them (https://docs.x.com/fundamentals/rate-limits):
// per-user 15-minute windows per endpoint in x-rate-limit-limit / -remaining / -reset (epoch
// seconds), and for POST /2/tweets the 24-hour caps in x-user-limit-24hour-* and
// x-app-limit-24hour-*. Time is the fake's injected clock.
import type { FakeReply } from '../http-fake-kit';
import { tooManyRequests, type XFakeConfig } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface WindowState {
  headers: Record<string, string>;
  exceeded: boolean;
  resetInSeconds: number;
}

export class XRateLimits {
  private readonly windows = new Map<string, { startedAt: number; used: number }>();
  private readonly userPosts = new Map<string, number[]>();
  private appPosts: number[] = [];

  constructor(
    private readonly config: XFakeConfig,
    private readonly now: () => number,
  ) {}

  /** Counts one request of `token` to `operation` ("METHOD /template"). */
  count(token: string, operation: string): WindowState {
    const rule = this.config.rateLimits[operation] ?? this.config.defaultRateLimit;
    const key = `${token} ${operation}`;
    const period = rule.windowSeconds * 1000;
    const current = this.windows.get(key);
    const window =
      current && current.startedAt + period > this.now() ? current : { startedAt: this.now(), used: 0 };
    window.used += 1;
    this.windows.set(key, window);
    const resetAt = window.startedAt + period;
    return {
      exceeded: window.used > rule.limit,
      resetInSeconds: this.secondsUntil(resetAt),
      headers: {
        'x-rate-limit-limit': String(rule.limit),
        'x-rate-limit-remaining': String(Math.max(0, rule.limit - window.used)),
        'x-rate-limit-reset': String(Math.ceil(resetAt / 1000)),
      },
    };
  }

  /** Counts one POST /2/tweets against the user's and the app's 24-hour caps. */
  countPost(userId: string): WindowState {
    const since = this.now() - DAY_MS;
    const user = (this.userPosts.get(userId) ?? []).filter((at) => at > since);
    this.appPosts = this.appPosts.filter((at) => at > since);
    const caps = this.config.postsPer24Hours;
    const exceeded = user.length >= caps.user || this.appPosts.length >= caps.app;
    if (!exceeded) {
      user.push(this.now());
      this.appPosts.push(this.now());
    }
    this.userPosts.set(userId, user);
    const userReset = (user[0] ?? this.now()) + DAY_MS;
    const appReset = (this.appPosts[0] ?? this.now()) + DAY_MS;
    return {
      exceeded,
      resetInSeconds: this.secondsUntil(user.length >= caps.user ? userReset : appReset),
      headers: {
        'x-user-limit-24hour-limit': String(caps.user),
        'x-user-limit-24hour-remaining': String(Math.max(0, caps.user - user.length)),
        'x-user-limit-24hour-reset': String(Math.ceil(userReset / 1000)),
        'x-app-limit-24hour-limit': String(caps.app),
        'x-app-limit-24hour-remaining': String(Math.max(0, caps.app - this.appPosts.length)),
        'x-app-limit-24hour-reset': String(Math.ceil(appReset / 1000)),
      },
    };
  }

  /** A 429 whose window resets in `resetInSeconds`. */
  exhausted(resetInSeconds: number): FakeReply {
    return tooManyRequests({
      'x-rate-limit-limit': String(this.config.defaultRateLimit.limit),
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(Math.ceil((this.now() + resetInSeconds * 1000) / 1000)),
    });
  }

  private secondsUntil(at: number): number {
    return Math.max(0, Math.ceil((at - this.now()) / 1000));
  }
}
