// Reads the plan for the current stage: the items with their state, this week's and this
// month's progress, the balance, and the history of closed weeks.
import type { Stage } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { Plan, PlanItemKind, PlanWeek } from '../../shared/plan';
import type { Clock } from '../clock';
import type { ProfileStore } from '../store/profile-store';
import { balanceOf } from './balance';
import {
  evaluateItem,
  evaluatePlanItems,
  periodFor,
  periodProgress,
  ruleById,
  sourceGuidance,
} from './evaluate';
import type { OptionalSources, PlanContext } from './facts';
import { monthOf, weekBefore, weekOf, type Period } from './periods';
import type { PlanStore } from './plan-store';

/** How many closed weeks the plan shows, and the most it closes in one read. */
export const HISTORY_WEEKS = 8;

export class PlanService {
  constructor(
    private readonly clock: Clock,
    private readonly profile: ProfileStore,
    private readonly store: PlanStore,
    private readonly sources: OptionalSources,
  ) {}

  private context(stage: Stage, at: number): PlanContext {
    const { timeZone, weekStartsOn } = this.profile.get();
    return {
      stage,
      at,
      timeZone,
      week: weekOf(at, timeZone, weekStartsOn),
      month: monthOf(at, timeZone),
      facts: this.store.facts(),
      sources: this.sources,
    };
  }

  get(at: number = this.clock.now()): Plan {
    this.closeFinishedWeeks();
    const profile = this.profile.get();
    const ctx = this.context(profile.stage, at);
    const items = evaluatePlanItems(ctx);
    return {
      stage: profile.stage,
      stageSource: profile.stageSource,
      stageReason: profile.stageReason,
      timeZone: profile.timeZone,
      weekStartsOn: profile.weekStartsOn,
      at,
      week: periodProgress(items, 'weekly', ctx.week),
      month: periodProgress(items, 'monthly', ctx.month),
      items,
      balance: this.balance(ctx),
      history: this.store.recentWeeks(HISTORY_WEEKS),
    };
  }

  tick(itemId: string, periodKey: string, done: boolean): Plan {
    const rule = ruleById(itemId);
    if (!rule) throw new AppError('NOT_FOUND', say('plan.tick.gone'));
    const stage = this.profile.get().stage;
    const ctx = this.context(stage, this.clock.now());
    const item = evaluateItem(rule, ctx);
    if (!item) {
      throw new AppError('INVALID_INPUT', say('plan.tick.notInStage'));
    }
    if (item.auto) {
      throw new AppError('CONFLICT', say('plan.tick.auto'));
    }
    const missing = (rule.requires ?? []).find((source) => this.sources[source] === null);
    if (missing) throw new AppError('CONFLICT', sourceGuidance(missing));
    const current = periodFor(rule.cadence, ctx).key;
    if (periodKey !== current) {
      const which = rule.cadence === 'weekly' ? 'Week' : rule.cadence === 'monthly' ? 'Month' : 'Plan';
      throw new AppError('INVALID_INPUT', say(`plan.tick.onlyThis${which}`, { current }));
    }
    this.store.setTick(itemId, periodKey, done);
    return this.get();
  }

  private balance({ stage, week, facts }: PlanContext) {
    const posts = facts.published(week);
    const ticked = this.store
      .itemsTickedBetween(week.from, week.to)
      .map((id) => ruleById(id)?.kind)
      .filter((kind): kind is PlanItemKind => kind !== undefined);
    return balanceOf(
      stage,
      posts.map((post) => post.kind),
      ticked,
    );
  }

  /**
   * Lazy close: a week whose end has passed is stored the first time the plan is read after
   * it, with the stage in force at its end, and never recomputed. Weeks before the business
   * profile existed are not closed, and at most HISTORY_WEEKS are closed in one read.
   */
  private closeFinishedWeeks(): void {
    const now = this.clock.now();
    const { timeZone, weekStartsOn } = this.profile.get();
    const createdAt = this.profile.createdAt();
    for (let count = HISTORY_WEEKS; count >= 1; count -= 1) {
      const week = weekBefore(now, timeZone, weekStartsOn, count);
      if (week.to <= createdAt || this.store.isWeekClosed(week.key)) continue;
      this.store.closeWeek(this.snapshot(week, now));
    }
  }

  private snapshot(week: Period, closedAt: number): PlanWeek {
    const lastInstant = week.to - 1;
    const stage = this.profile.stageAt(lastInstant);
    const ctx: PlanContext = { ...this.context(stage, lastInstant), week };
    const items = evaluatePlanItems(ctx);
    return {
      key: week.key,
      from: week.from,
      to: week.to,
      stage,
      closedAt,
      published: ctx.facts.published(week).length,
      balance: this.balance(ctx),
      items: items.map(({ id, title, words, kind, bucket, state, progress }) => ({
        id,
        title,
        titleWords: words.title,
        kind,
        bucket,
        state,
        progress,
      })),
    };
  }
}
