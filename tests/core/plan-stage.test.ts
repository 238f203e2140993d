import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeStage } from '../../src-main/core/plan/stage-proposal';
import type { CoreEvent } from '../../src-main/shared/contract';
import type { OnboardingAnswers } from '../../src-main/shared/plan';
import { newYork, startPlanWorld, type PlanWorld } from '../support/plan-world';

const base: OnboardingAnswers = {
  monthsPosting: '6-to-24-months',
  followers: '500-to-5k',
  whoDoesSocial: 'me-alone',
  monthlyAdBudget: 'under-200',
  mainGoal: 'reach-new-people',
};

describe('stage proposal', () => {
  it.each([
    [
      {},
      'growing',
      'You have a steady presence to build on, so campaigns to reach new audiences are the next step.',
    ],
    [
      { monthsPosting: 'not-yet' },
      'starting',
      'You are early on, so a consistent presence and answering your community come first.',
    ],
    [{ monthsPosting: 'under-6-months', followers: '5k-to-50k' }, 'starting', /^You are early on/],
    [{ followers: 'under-500' }, 'starting', /^With fewer than 500 followers/],
    [{ monthlyAdBudget: 'none', mainGoal: 'build-community' }, 'starting', /without ads/],
    [{ mainGoal: 'turn-followers-into-sales' }, 'growing', /want sales, so targeted campaigns become key/],
    [
      { followers: 'over-50k', monthsPosting: 'under-6-months' },
      'scaling',
      /^With more than 50,000 followers/,
    ],
    [{ monthlyAdBudget: 'over-2000' }, 'scaling', /^An ad budget over 2,000/],
    [
      { whoDoesSocial: 'a-team', monthlyAdBudget: '200-to-2000', followers: '5k-to-50k' },
      'scaling',
      /^A team with a steady ad budget/,
    ],
    [{ whoDoesSocial: 'a-team', monthlyAdBudget: '200-to-2000' }, 'growing', /^You have a steady presence/],
  ] as const)('%o proposes %s', (changes, stage, reason) => {
    const proposal = proposeStage({ ...base, ...changes });
    expect(proposal.stage).toBe(stage);
    expect(proposal.reason).toMatch(reason);
    // One plain sentence.
    expect(proposal.reason.match(/\.(\s|$)/g)).toHaveLength(1);
  });
});

describe('first run and the stage', () => {
  let w: PlanWorld;
  let events: CoreEvent[];
  beforeEach(() => {
    w = startPlanWorld({ now: newYork('2026-11-25T12:00') });
    events = [];
    w.core.subscribe((event) => events.push(event));
  });
  afterEach(() => w.cleanup());

  const history = () =>
    w.core.database.sqlite.prepare('select stage, source, reason from stage_history order by at, id').all();

  it('starts with no answers and the wizard not done', async () => {
    expect(await w.call('onboarding.get')).toEqual({
      answers: null,
      onboardedAt: null,
      proposal: null,
      stage: 'starting',
      stageSource: 'proposed',
      weekStartsOn: 1,
    });
  });

  it('proposes without saving, then completes with the proposed stage and its reason', async () => {
    const answers = { ...base, followers: 'over-50k' } as const;
    expect(await w.call('onboarding.propose', { answers })).toMatchObject({ stage: 'scaling' });
    expect((await w.call('profile.get')).stage).toBe('starting');

    const profile = await w.call('onboarding.complete', { answers, weekStartsOn: 0 });
    expect(profile).toMatchObject({
      stage: 'scaling',
      stageSource: 'proposed',
      stageReason: proposeStage(answers).reason,
      weekStartsOn: 0,
      onboardedAt: newYork('2026-11-25T12:00'),
    });
    expect(await w.call('onboarding.get')).toMatchObject({ answers, proposal: proposeStage(answers) });
    expect(events).toEqual([{ type: 'profile.changed' }, { type: 'plan.changed' }]);
    expect((await w.plan()).stageReason).toBe(proposeStage(answers).reason);
  });

  it('takes a different stage as the owner’s override, and a later change in Settings too', async () => {
    const profile = await w.call('onboarding.complete', {
      answers: base,
      stage: 'starting',
      weekStartsOn: 1,
    });
    expect(profile).toMatchObject({ stage: 'starting', stageSource: 'owner', stageReason: null });

    w.clock.advance(60_000);
    await w.call('profile.setStage', { stage: 'scaling' });
    w.clock.advance(60_000);
    await w.call('profile.update', { stage: 'growing' });
    expect(await w.call('profile.get')).toMatchObject({ stage: 'growing', stageSource: 'owner' });
    expect(history()).toEqual([
      { stage: 'starting', source: 'proposed', reason: null },
      { stage: 'starting', source: 'owner', reason: null },
      { stage: 'scaling', source: 'owner', reason: null },
      { stage: 'growing', source: 'owner', reason: null },
    ]);
    // The answers stay, so the wizard in Settings shows what Cadence would propose.
    expect((await w.call('onboarding.get')).proposal).toEqual(proposeStage(base));
  });

  it('skips the wizard: no answers, the locale’s week start kept, and not asked again', async () => {
    const profile = await w.call('onboarding.skip', { weekStartsOn: 0 });
    expect(profile).toMatchObject({
      stage: 'starting',
      weekStartsOn: 0,
      onboardedAt: newYork('2026-11-25T12:00'),
    });
    expect((await w.call('onboarding.get')).answers).toBeNull();
  });

  it('refuses answers outside the choices with a clear message', async () => {
    const result = await w.core.invoke('onboarding.complete', {
      answers: { ...base, followers: 'lots' },
      weekStartsOn: 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const weekStart = await w.core.invoke('onboarding.skip', { weekStartsOn: 3 });
    expect(weekStart).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
