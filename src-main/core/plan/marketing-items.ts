// Marketing: growing the business through targeted campaigns and paid advertising, measured
// by click-through rate, conversion rate and ROI. Bridge: the two feeding each other.
import { findLinks, missingUtm } from '../../shared/brand-kit/links';
import type { PlanItemRule } from './rule-types';

const MONTHLY = 'once a month';

export const MARKETING_ITEMS: PlanItemRule[] = [
  {
    id: 'audience-goal',
    title: () => 'Name your audience and one goal',
    kind: 'marketing',
    cadence: 'once',
    why: 'Marketing starts with knowing who you want to reach and the one thing you want them to do.',
    stages: {
      starting: { bucket: 'next', target: 1, targetText: 'one audience, one goal' },
      growing: { bucket: 'now', target: 1, targetText: 'one audience, one goal' },
      scaling: { bucket: 'now', target: 1, targetText: 'one audience, one goal' },
    },
    check: {
      type: 'manual',
      action: { label: 'Write down your audience and goal', destination: 'settings' },
    },
  },
  {
    id: 'run-campaign',
    title: ({ target }) =>
      target > 1 ? `Keep ${target} campaigns running` : 'Run a campaign with a budget and dates',
    kind: 'marketing',
    cadence: 'monthly',
    why: 'Targeted campaigns are how you reach new audiences beyond the people who already follow you.',
    stages: {
      starting: { bucket: 'later', target: 1, targetText: 'one campaign a month' },
      growing: { bucket: 'now', target: 1, targetText: 'one campaign a month' },
      scaling: { bucket: 'now', target: 2, targetText: 'campaigns always on: 2 running' },
    },
    requires: ['campaigns'],
    check: {
      type: 'auto',
      evaluate: ({ sources }, { target }, month) => {
        const running = sources.campaigns!.runningWithBudgetAndDates(month);
        return {
          done: Math.min(running, target),
          target,
          status: `${running} campaign${running === 1 ? '' : 's'} with a budget and dates this month.`,
          nextAction:
            running >= target ? null : { label: 'Plan a campaign on the calendar', destination: 'calendar' },
        };
      },
    },
  },
  {
    id: 'utm-links',
    title: () => 'Tag every link in campaign posts',
    kind: 'marketing',
    cadence: 'monthly',
    why: 'UTM tags on campaign links show which posts bring clicks and sales, so you know what works.',
    stages: {
      starting: { bucket: 'later', target: 1, targetText: 'every link tagged' },
      growing: { bucket: 'now', target: 1, targetText: 'every link tagged' },
      scaling: { bucket: 'now', target: 1, targetText: 'every link tagged' },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts }, _setting, month) => {
        const links = facts.campaignTexts(month).flatMap((text) => findLinks(text));
        const tagged = links.filter((link) => missingUtm(link.url).length === 0).length;
        if (links.length === 0) {
          return {
            done: 0,
            target: 0,
            state: 'not-started',
            status: 'No campaign post with a link this month yet.',
            nextAction: { label: 'Write a campaign post', destination: 'composer' },
          };
        }
        return {
          done: tagged,
          target: links.length,
          status: `${tagged} of ${links.length} links in this month’s campaign posts are tagged.`,
          nextAction:
            tagged === links.length
              ? null
              : { label: 'Add UTM tags to campaign links', destination: 'composer' },
        };
      },
    },
  },
  {
    id: 'log-ad-spend',
    title: () => 'Log this month’s ad spend',
    kind: 'marketing',
    cadence: 'monthly',
    why: 'You can only judge what paid advertising returns if you know what it cost.',
    stages: {
      starting: { bucket: 'later', target: 1, targetText: MONTHLY },
      growing: { bucket: 'now', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'now', target: 1, targetText: MONTHLY },
    },
    requires: ['adSpend'],
    check: {
      type: 'auto',
      evaluate: ({ sources }, _setting, month) => {
        const entries = sources.adSpend!.entries(month);
        return {
          done: entries > 0 ? 1 : 0,
          target: 1,
          status: entries > 0 ? `${entries} ad-spend entries this month.` : 'No ad spend logged this month.',
          nextAction: entries > 0 ? null : { label: 'Log ad spend', destination: 'insights' },
        };
      },
    },
  },
  {
    id: 'import-conversions',
    title: () => 'Import clicks and conversions',
    kind: 'marketing',
    cadence: 'monthly',
    why: 'Click-through and conversion rates show whether campaigns turn attention into customers.',
    stages: {
      growing: { bucket: 'later', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'next', target: 1, targetText: MONTHLY },
    },
    requires: ['conversions'],
    check: {
      type: 'auto',
      evaluate: ({ sources }, _setting, month) => {
        const rows = sources.conversions!.importedRows(month);
        return {
          done: rows > 0 ? 1 : 0,
          target: 1,
          status:
            rows > 0 ? 'Clicks and conversions imported for this month.' : 'Nothing imported this month.',
          nextAction: rows > 0 ? null : { label: 'Import from your analytics', destination: 'insights' },
        };
      },
    },
  },
  {
    id: 'review-roi',
    title: () => 'Review ROI and move budget to what works',
    kind: 'marketing',
    cadence: 'monthly',
    why: 'Moving money from campaigns that do not pay off to ones that do is how data-driven growth works.',
    stages: {
      growing: { bucket: 'later', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'next', target: 1, targetText: MONTHLY },
    },
    requires: ['adSpend', 'conversions'],
    check: { type: 'manual', action: { label: 'Compare spend and results', destination: 'insights' } },
  },
  {
    id: 'campaign-to-organic',
    title: () => 'Turn this month’s best campaign content into organic posts',
    kind: 'bridge',
    cadence: 'monthly',
    why: 'Marketing insights tell you what resonates, so your everyday posts can say more of it.',
    stages: {
      starting: { bucket: 'later', target: 1, targetText: MONTHLY },
      growing: { bucket: 'next', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'now', target: 1, targetText: MONTHLY },
    },
    check: { type: 'manual', action: { label: 'Write an organic post from it', destination: 'composer' } },
  },
  {
    id: 'engagement-to-targeting',
    title: () => 'Use your most-engaged posts to refine campaign targeting',
    kind: 'bridge',
    cadence: 'monthly',
    why: 'Engagement data from everyday posts shows marketing who to target and with what.',
    stages: {
      growing: { bucket: 'later', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'now', target: 1, targetText: MONTHLY },
    },
    check: { type: 'manual', action: { label: 'See your most-engaged posts', destination: 'insights' } },
  },
];
