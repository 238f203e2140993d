// Marketing: growing the business through targeted campaigns and paid advertising, measured
// by click-through rate, conversion rate and ROI. Bridge: the two feeding each other.
import { findLinks, missingUtm } from '../../shared/brand-kit/links';
import { say } from '../../shared/messages/owner-message';
import type { PlanItemRule } from './rule-types';

const MONTHLY = say('plan.target.monthly');
const AUDIENCE_GOAL = say('plan.target.audienceGoal');
const CAMPAIGN_A_MONTH = say('plan.target.campaignAMonth');
const LINKS_TAGGED = say('plan.target.linksTagged');

export const MARKETING_ITEMS: PlanItemRule[] = [
  {
    id: 'audience-goal',
    title: () => say('plan.items.audienceGoal.title'),
    kind: 'marketing',
    cadence: 'once',
    why: say('plan.items.audienceGoal.why'),
    stages: {
      starting: { bucket: 'next', target: 1, targetText: AUDIENCE_GOAL },
      growing: { bucket: 'now', target: 1, targetText: AUDIENCE_GOAL },
      scaling: { bucket: 'now', target: 1, targetText: AUDIENCE_GOAL },
    },
    check: {
      type: 'manual',
      action: { label: say('plan.items.audienceGoal.action'), destination: 'settings' },
    },
  },
  {
    id: 'run-campaign',
    title: ({ target }) =>
      target > 1
        ? say('plan.items.runCampaign.titleMany', { count: target })
        : say('plan.items.runCampaign.title'),
    kind: 'marketing',
    cadence: 'monthly',
    why: say('plan.items.runCampaign.why'),
    stages: {
      starting: { bucket: 'later', target: 1, targetText: CAMPAIGN_A_MONTH },
      growing: { bucket: 'now', target: 1, targetText: CAMPAIGN_A_MONTH },
      scaling: { bucket: 'now', target: 2, targetText: say('plan.target.campaignsRunning', { count: 2 }) },
    },
    requires: ['campaigns'],
    check: {
      type: 'auto',
      evaluate: ({ sources }, { target }, month) => {
        const running = sources.campaigns!.runningWithBudgetAndDates(month);
        return {
          done: Math.min(running, target),
          target,
          status: say('plan.items.runCampaign.status', { count: running }),
          nextAction:
            running >= target
              ? null
              : { label: say('plan.items.runCampaign.action'), destination: 'calendar' },
        };
      },
    },
  },
  {
    id: 'utm-links',
    title: () => say('plan.items.utmLinks.title'),
    kind: 'marketing',
    cadence: 'monthly',
    why: say('plan.items.utmLinks.why'),
    stages: {
      starting: { bucket: 'later', target: 1, targetText: LINKS_TAGGED },
      growing: { bucket: 'now', target: 1, targetText: LINKS_TAGGED },
      scaling: { bucket: 'now', target: 1, targetText: LINKS_TAGGED },
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
            status: say('plan.items.utmLinks.none'),
            nextAction: { label: say('plan.items.utmLinks.write'), destination: 'composer' },
          };
        }
        return {
          done: tagged,
          target: links.length,
          status: say('plan.items.utmLinks.status', { tagged, count: links.length }),
          nextAction:
            tagged === links.length
              ? null
              : { label: say('plan.items.utmLinks.action'), destination: 'composer' },
        };
      },
    },
  },
  {
    id: 'log-ad-spend',
    title: () => say('plan.items.logAdSpend.title'),
    kind: 'marketing',
    cadence: 'monthly',
    why: say('plan.items.logAdSpend.why'),
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
          status:
            entries > 0
              ? say('plan.items.logAdSpend.entries', { count: entries })
              : say('plan.items.logAdSpend.none'),
          nextAction:
            entries > 0 ? null : { label: say('plan.items.logAdSpend.action'), destination: 'insights' },
        };
      },
    },
  },
  {
    id: 'import-conversions',
    title: () => say('plan.items.importConversions.title'),
    kind: 'marketing',
    cadence: 'monthly',
    why: say('plan.items.importConversions.why'),
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
            rows > 0
              ? say('plan.items.importConversions.imported')
              : say('plan.items.importConversions.none'),
          nextAction:
            rows > 0 ? null : { label: say('plan.items.importConversions.action'), destination: 'insights' },
        };
      },
    },
  },
  {
    id: 'review-roi',
    title: () => say('plan.items.reviewRoi.title'),
    kind: 'marketing',
    cadence: 'monthly',
    why: say('plan.items.reviewRoi.why'),
    stages: {
      growing: { bucket: 'later', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'next', target: 1, targetText: MONTHLY },
    },
    requires: ['adSpend', 'conversions'],
    check: { type: 'manual', action: { label: say('plan.items.reviewRoi.action'), destination: 'insights' } },
  },
  {
    id: 'campaign-to-organic',
    title: () => say('plan.items.campaignToOrganic.title'),
    kind: 'bridge',
    cadence: 'monthly',
    why: say('plan.items.campaignToOrganic.why'),
    stages: {
      starting: { bucket: 'later', target: 1, targetText: MONTHLY },
      growing: { bucket: 'next', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'now', target: 1, targetText: MONTHLY },
    },
    check: {
      type: 'manual',
      action: { label: say('plan.items.campaignToOrganic.action'), destination: 'composer' },
    },
  },
  {
    id: 'engagement-to-targeting',
    title: () => say('plan.items.engagementToTargeting.title'),
    kind: 'bridge',
    cadence: 'monthly',
    why: say('plan.items.engagementToTargeting.why'),
    stages: {
      growing: { bucket: 'later', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'now', target: 1, targetText: MONTHLY },
    },
    check: {
      type: 'manual',
      action: { label: say('plan.items.engagementToTargeting.action'), destination: 'insights' },
    },
  },
];
