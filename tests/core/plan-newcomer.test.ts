// The plan for each stage as a newcomer sees it on first run: nothing connected, no kit, no
// posts. The text below is what the report quotes; a rule change shows up here as a diff.
import { afterEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../src-main/shared/entities';
import { PLAN_BUCKETS, STAGE_LABELS, type Plan } from '../../src-main/shared/plan';
import { newYork, startPlanWorld, type PlanWorld } from '../support/plan-world';

const MARK = { done: '[x]', 'in-progress': '[~]', 'not-started': '[ ]', unavailable: '[–]' } as const;

function planText(plan: Plan): string {
  const lines = [
    `${STAGE_LABELS[plan.stage]}: target split ${plan.balance.target.management} / ${plan.balance.target.marketing} (management / marketing)`,
  ];
  for (const bucket of PLAN_BUCKETS) {
    lines.push(`${bucket[0]!.toUpperCase()}${bucket.slice(1)}`);
    for (const item of plan.items.filter((i) => i.bucket === bucket)) {
      lines.push(
        `  ${MARK[item.state]} ${item.title} (target: ${item.targetText}; ${item.kind}, ${item.cadence})`,
      );
      if (item.guidance) lines.push(`      ${item.guidance}`);
    }
  }
  return lines.join('\n');
}

let w: PlanWorld;
afterEach(() => w.cleanup());

async function newcomerPlan(stage: Stage): Promise<string> {
  w = startPlanWorld({ now: newYork('2026-11-25T12:00') });
  await w.call('profile.setStage', { stage });
  return planText(await w.plan());
}

describe('the plan a newcomer sees', () => {
  it('at Starting', async () => {
    expect(await newcomerPlan('starting')).toMatchInlineSnapshot(`
      "Starting: target split 80 / 20 (management / marketing)
      Now
        [ ] Connect a channel (target: 1 channel; management, once)
        [x] Keep every channel signed in until its posts are due (target: every channel signed in until its posts are due; management, once)
        [ ] Write your brand voice kit (target: a voice and its rules; management, once)
        [ ] Publish 3 posts this week (target: 3 posts a week; management, weekly)
        [–] Answer every mention and comment within 24 h (target: replies within 24 h; management, weekly)
            Available once you turn on the inbox for a connected channel, so Cadence sees mentions and comments.
      Next
        [ ] Keep the calendar filled 7 days ahead (target: 3 posts scheduled in the next 7 days; management, weekly)
        [–] Publish nothing that breaks the brand kit (target: no post breaks the kit; management, weekly)
            Available once you write your brand voice kit.
        [–] Look at follower count and engagement rate (target: once a month; management, monthly)
            Available once you let Cadence collect follower and engagement numbers from a connected channel.
        [ ] Name your audience and one goal (target: one audience, one goal; marketing, once)
      Later
        [–] Run a campaign with a budget and dates (target: one campaign a month; marketing, monthly)
            Available once you set up a campaign in Cadence, with a budget and dates.
        [ ] Tag every link in campaign posts (target: every link tagged; marketing, monthly)
        [–] Log this month’s ad spend (target: once a month; marketing, monthly)
            Available once you record your ad spend in Cadence.
        [ ] Turn this month’s best campaign content into organic posts (target: once a month; bridge, monthly)"
    `);
  });

  it('at Growing', async () => {
    expect(await newcomerPlan('growing')).toMatchInlineSnapshot(`
      "Growing: target split 40 / 60 (management / marketing)
      Now
        [ ] Connect a channel (target: 1 channel; management, once)
        [x] Keep every channel signed in until its posts are due (target: every channel signed in until its posts are due; management, once)
        [ ] Write your brand voice kit (target: a voice and its rules; management, once)
        [ ] Publish 5 posts this week (target: 5 posts a week; management, weekly)
        [–] Answer every mention and comment within 24 h (target: replies within 24 h; management, weekly)
            Available once you turn on the inbox for a connected channel, so Cadence sees mentions and comments.
        [ ] Name your audience and one goal (target: one audience, one goal; marketing, once)
        [–] Run a campaign with a budget and dates (target: one campaign a month; marketing, monthly)
            Available once you set up a campaign in Cadence, with a budget and dates.
        [ ] Tag every link in campaign posts (target: every link tagged; marketing, monthly)
        [–] Log this month’s ad spend (target: once a month; marketing, monthly)
            Available once you record your ad spend in Cadence.
      Next
        [ ] Keep the calendar filled 14 days ahead (target: 10 posts scheduled in the next 14 days; management, weekly)
        [–] Publish nothing that breaks the brand kit (target: no post breaks the kit; management, weekly)
            Available once you write your brand voice kit.
        [–] Look at follower count and engagement rate (target: once a month; management, monthly)
            Available once you let Cadence collect follower and engagement numbers from a connected channel.
        [ ] Turn this month’s best campaign content into organic posts (target: once a month; bridge, monthly)
      Later
        [–] Import clicks and conversions (target: once a month; marketing, monthly)
            Available once you import clicks and conversions from your analytics into Cadence.
        [–] Review ROI and move budget to what works (target: once a month; marketing, monthly)
            Available once you record your ad spend in Cadence.
        [ ] Use your most-engaged posts to refine campaign targeting (target: once a month; bridge, monthly)"
    `);
  });

  it('at Scaling', async () => {
    expect(await newcomerPlan('scaling')).toMatchInlineSnapshot(`
      "Scaling: target split 50 / 50 (management / marketing)
      Now
        [ ] Connect a channel (target: 1 channel; management, once)
        [x] Keep every channel signed in until its posts are due (target: every channel signed in until its posts are due; management, once)
        [ ] Write your brand voice kit (target: a voice and its rules; management, once)
        [ ] Publish 7 posts this week (target: 7 posts a week; management, weekly)
        [–] Answer every mention and comment within 12 h (target: replies within 12 h; management, weekly)
            Available once you turn on the inbox for a connected channel, so Cadence sees mentions and comments.
        [–] Publish nothing that breaks the brand kit (target: no post breaks the kit; management, weekly)
            Available once you write your brand voice kit.
        [–] Look at follower count and engagement rate (target: once a month; management, monthly)
            Available once you let Cadence collect follower and engagement numbers from a connected channel.
        [ ] Name your audience and one goal (target: one audience, one goal; marketing, once)
        [–] Keep 2 campaigns running (target: campaigns always on: 2 running; marketing, monthly)
            Available once you set up a campaign in Cadence, with a budget and dates.
        [ ] Tag every link in campaign posts (target: every link tagged; marketing, monthly)
        [–] Log this month’s ad spend (target: once a month; marketing, monthly)
            Available once you record your ad spend in Cadence.
        [ ] Turn this month’s best campaign content into organic posts (target: once a month; bridge, monthly)
        [ ] Use your most-engaged posts to refine campaign targeting (target: once a month; bridge, monthly)
      Next
        [ ] Keep the calendar filled 14 days ahead (target: 14 posts scheduled in the next 14 days; management, weekly)
        [–] Import clicks and conversions (target: once a month; marketing, monthly)
            Available once you import clicks and conversions from your analytics into Cadence.
        [–] Review ROI and move budget to what works (target: once a month; marketing, monthly)
            Available once you record your ad spend in Cadence.
      Later"
    `);
  });
});
