// The business stage, onboarding, the weekly plan and the brand kit.
import type { planContract } from '../../shared/contract/plan';
import { exportKit, importKit, KitFileError } from '../../shared/brand-kit/kit';
import { AppError } from '../../shared/errors';
import type { PlanService } from '../plan/plan-service';
import { proposeStage } from '../plan/stage-proposal';
import type { BrandKitStore } from '../plan/brand-kit-store';
import { NO_BACKGROUND_WORK, type ContractHandlers, type CoreContext, type DomainModule } from './types';

export function planDomain(
  ctx: CoreContext,
  deps: { plan: PlanService; kits: BrandKitStore },
): DomainModule<typeof planContract> {
  return { ...NO_BACKGROUND_WORK, handlers: planHandlers(ctx, deps) };
}

function planHandlers(
  ctx: CoreContext,
  deps: { plan: PlanService; kits: BrandKitStore },
): ContractHandlers<typeof planContract> {
  const profileChanged = () => {
    ctx.events.emit({ type: 'profile.changed' });
    ctx.events.emit({ type: 'plan.changed' });
  };
  const kitChanged = () => {
    ctx.events.emit({ type: 'brandKit.changed' });
    ctx.events.emit({ type: 'plan.changed' });
  };

  return {
    'profile.setStage': ({ stage }) => {
      const profile = ctx.profile.setStage({ stage, source: 'owner', reason: null });
      profileChanged();
      return profile;
    },
    'onboarding.get': () => {
      const profile = ctx.profile.get();
      const answers = ctx.profile.answers();
      return {
        answers,
        onboardedAt: profile.onboardedAt,
        proposal: answers ? proposeStage(answers) : null,
        stage: profile.stage,
        stageSource: profile.stageSource,
        weekStartsOn: profile.weekStartsOn,
      };
    },
    'onboarding.propose': ({ answers }) => proposeStage(answers),
    'onboarding.complete': ({ answers, stage, weekStartsOn }) => {
      const proposal = proposeStage(answers);
      // Picking the proposed stage is accepting the proposal, not overriding it.
      const choice =
        stage === undefined || stage === proposal.stage
          ? { stage: proposal.stage, source: 'proposed' as const, reason: proposal.reason }
          : { stage, source: 'owner' as const, reason: null };
      const profile = ctx.profile.completeOnboarding(answers, choice, weekStartsOn);
      profileChanged();
      return profile;
    },
    'onboarding.skip': ({ weekStartsOn }) => {
      const profile = ctx.profile.skipOnboarding(weekStartsOn);
      profileChanged();
      return profile;
    },
    'plan.get': (input) => deps.plan.get(input?.at),
    'plan.tick': ({ itemId, periodKey, done }) => {
      const plan = deps.plan.tick(itemId, periodKey, done);
      ctx.events.emit({ type: 'plan.changed' });
      return plan;
    },
    'brandKit.get': () => deps.kits.get(),
    'brandKit.update': (kit) => {
      const saved = deps.kits.save(kit);
      kitChanged();
      return saved;
    },
    'brandKit.export': () => ({
      json: exportKit(deps.kits.get(), new Date(ctx.clock.now())),
      fileName: 'cadence-brand-kit.json',
    }),
    'brandKit.import': ({ json }) => {
      let kit;
      try {
        kit = importKit(json);
      } catch (error) {
        if (error instanceof KitFileError) throw new AppError('INVALID_INPUT', error.said);
        throw error;
      }
      const saved = deps.kits.save(kit);
      kitChanged();
      return saved;
    },
  };
}
