// Turns the rules and the facts into the plan the owner sees. Pure: the same context always
// gives the same plan.
import {
  PLAN_BUCKETS,
  type PeriodProgress,
  type PlanCadence,
  type PlanItemState,
  type PlanItemView,
} from '../../shared/plan';
import { keyOf, say, type OwnerMessage } from '../../shared/messages/owner-message';
import type { PlanContext, SourceName } from './facts';
import { MANAGEMENT_ITEMS } from './management-items';
import { MARKETING_ITEMS } from './marketing-items';
import type { Period } from './periods';
import type { Outcome, PlanItemRule, StageSetting } from './rule-types';

export const PLAN_ITEMS: readonly PlanItemRule[] = [...MANAGEMENT_ITEMS, ...MARKETING_ITEMS];

/** What the owner needs to do before Cadence can check an item that reads a missing source. */
export function sourceGuidance(source: SourceName): OwnerMessage {
  return say(`plan.guidance.${source}`);
}

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
      status: say('plan.unavailable'),
      guidance: sourceGuidance(missing),
      nextAction: null,
    };
  }
  if (rule.check.type === 'auto') return rule.check.evaluate(ctx, setting, period);
  const ticked = ctx.facts.tickedAt(rule.id, period.key) !== null;
  return {
    done: ticked ? 1 : 0,
    target: 1,
    status: ticked ? say('plan.ticked') : say('plan.tickIt'),
    nextAction: ticked ? null : rule.check.action,
  };
}

export function evaluateItem(rule: PlanItemRule, ctx: PlanContext): PlanItemView | null {
  const setting = rule.stages[ctx.stage];
  if (!setting) return null;
  const period = periodFor(rule.cadence, ctx);
  const outcome = outcomeOf(rule, setting, ctx, period);
  const title = rule.title(setting);
  const action = outcome.nextAction;
  return {
    id: rule.id,
    title: title.message,
    kind: rule.kind,
    cadence: rule.cadence,
    why: rule.why.message,
    bucket: setting.bucket,
    state: stateOf(outcome),
    progress: { done: outcome.done, target: outcome.target },
    targetText: setting.targetText.message,
    auto: rule.check.type === 'auto',
    periodKey: period.key,
    status: outcome.status.message,
    nextAction: action && { label: action.label.message, destination: action.destination },
    guidance: outcome.guidance?.message ?? null,
    words: {
      title: keyOf(title),
      why: keyOf(rule.why),
      targetText: keyOf(setting.targetText),
      status: keyOf(outcome.status),
      action: action && keyOf(action.label),
      guidance: outcome.guidance ? keyOf(outcome.guidance) : null,
    },
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
