// Turns the rules and the facts into the plan the owner sees. Pure: the same context always
// gives the same plan.
import {
  PLAN_BUCKETS,
  type PeriodProgress,
  type PlanCadence,
  type PlanItemState,
  type PlanItemView,
} from '../../shared/plan';
import type { PlanContext, SourceName } from './facts';
import { MANAGEMENT_ITEMS } from './management-items';
import { MARKETING_ITEMS } from './marketing-items';
import type { Period } from './periods';
import type { Outcome, PlanItemRule, StageSetting } from './rule-types';

export const PLAN_ITEMS: readonly PlanItemRule[] = [...MANAGEMENT_ITEMS, ...MARKETING_ITEMS];

/** What the owner needs to do before Cadence can check an item that reads a missing source. */
export const SOURCE_GUIDANCE: Record<SourceName, string> = {
  inbox:
    'Available once you turn on the inbox for a connected channel, so Cadence sees mentions and comments.',
  metrics: 'Available once you let Cadence collect follower and engagement numbers from a connected channel.',
  campaigns: 'Available once you set up a campaign in Cadence, with a budget and dates.',
  adSpend: 'Available once you record your ad spend in Cadence.',
  conversions: 'Available once you import clicks and conversions from your analytics into Cadence.',
};

const ONCE: Period = { key: 'once', from: 0, to: 8_640_000_000_000_000 };

export function periodFor(cadence: PlanCadence, ctx: Pick<PlanContext, 'week' | 'month'>): Period {
  return cadence === 'weekly' ? ctx.week : cadence === 'monthly' ? ctx.month : ONCE;
}

function stateOf(outcome: Outcome): PlanItemState {
  if (outcome.state) return outcome.state;
  if (outcome.target > 0 && outcome.done >= outcome.target) return 'done';
  return outcome.done > 0 ? 'in-progress' : 'not-started';
}

function outcomeOf(rule: PlanItemRule, setting: StageSetting, ctx: PlanContext, period: Period): Outcome {
  const missing = (rule.requires ?? []).find((source) => ctx.sources[source] === null);
  if (missing) {
    return {
      done: 0,
      target: setting.target,
      state: 'unavailable',
      status: 'Cadence cannot check this yet.',
      guidance: SOURCE_GUIDANCE[missing],
      nextAction: null,
    };
  }
  if (rule.check.type === 'auto') return rule.check.evaluate(ctx, setting, period);
  const ticked = ctx.facts.tickedAt(rule.id, period.key) !== null;
  return {
    done: ticked ? 1 : 0,
    target: 1,
    status: ticked ? 'Done. You ticked it.' : 'Tick it when you have done it.',
    nextAction: ticked ? null : rule.check.action,
  };
}

export function evaluateItem(rule: PlanItemRule, ctx: PlanContext): PlanItemView | null {
  const setting = rule.stages[ctx.stage];
  if (!setting) return null;
  const period = periodFor(rule.cadence, ctx);
  const outcome = outcomeOf(rule, setting, ctx, period);
  return {
    id: rule.id,
    title: rule.title(setting),
    kind: rule.kind,
    cadence: rule.cadence,
    why: rule.why,
    bucket: setting.bucket,
    state: stateOf(outcome),
    progress: { done: outcome.done, target: outcome.target },
    targetText: setting.targetText,
    auto: rule.check.type === 'auto',
    periodKey: period.key,
    status: outcome.status,
    nextAction: outcome.nextAction,
    guidance: outcome.guidance ?? null,
  };
}

/** The stage's items, Now first, then Next, then Later; the rules' order within a bucket. */
export function evaluatePlanItems(ctx: PlanContext): PlanItemView[] {
  const items = PLAN_ITEMS.map((rule) => evaluateItem(rule, ctx)).filter((item) => item !== null);
  return PLAN_BUCKETS.flatMap((bucket) => items.filter((item) => item.bucket === bucket));
}

/**
 * Progress for a period: of the Now items with that cadence that Cadence can check or the
 * owner can tick (not the unavailable ones), how many are done.
 */
export function periodProgress(items: PlanItemView[], cadence: PlanCadence, period: Period): PeriodProgress {
  const counted = items.filter(
    (i) => i.bucket === 'now' && i.cadence === cadence && i.state !== 'unavailable',
  );
  return {
    key: period.key,
    from: period.from,
    to: period.to,
    done: counted.filter((item) => item.state === 'done').length,
    total: counted.length,
  };
}

export function ruleById(id: string): PlanItemRule | undefined {
  return PLAN_ITEMS.find((rule) => rule.id === id);
}
