// Management: keeping the brand present. Scheduling and posting, answering the community,
// one voice across platforms, and watching follower count and engagement rate.
import { lintPost } from '../../shared/brand-kit/lint';
import { NETWORK_LABELS } from '../../shared/entities';
import { say } from '../../shared/messages/owner-message';
import type { ChannelAtRisk } from '../../shared/posts-at-risk';
import { localMidnightAfter } from './periods';
import type { PlanItemRule } from './rule-types';

const ONE_CHANNEL = say('plan.target.channels', { count: 1 });
const VOICE = say('plan.target.voice');
const KIT_CLEAN = say('plan.target.kitClean');
const MONTHLY = say('plan.target.monthly');
const SIGNED_IN = say('plan.target.signedIn');
const postsAWeek = (count: number) => say('plan.target.postsAWeek', { count });
const scheduledAhead = (count: number, days: number) => say('plan.target.scheduledAhead', { count, days });
const repliesWithin = (hours: number) => say('plan.target.repliesWithin', { hours });

export const MANAGEMENT_ITEMS: PlanItemRule[] = [
  {
    id: 'connect-channel',
    title: () => say('plan.items.connectChannel.title'),
    kind: 'management',
    cadence: 'once',
    why: say('plan.items.connectChannel.why'),
    stages: {
      starting: { bucket: 'now', target: 1, targetText: ONE_CHANNEL },
      growing: { bucket: 'now', target: 1, targetText: ONE_CHANNEL },
      scaling: { bucket: 'now', target: 1, targetText: ONE_CHANNEL },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts }) => {
        const connected = facts.connectedChannels;
        return {
          done: Math.min(connected, 1),
          target: 1,
          status:
            connected > 0
              ? say('plan.items.connectChannel.connected', { count: connected })
              : say('plan.items.connectChannel.none'),
          nextAction:
            connected > 0
              ? null
              : { label: say('plan.items.connectChannel.action'), destination: 'settings' },
        };
      },
    },
  },
  {
    id: 'keep-signed-in',
    title: () => say('plan.items.keepSignedIn.title'),
    kind: 'management',
    cadence: 'once',
    why: say('plan.items.keepSignedIn.why'),
    stages: {
      starting: { bucket: 'now', target: 0, targetText: SIGNED_IN },
      growing: { bucket: 'now', target: 0, targetText: SIGNED_IN },
      scaling: { bucket: 'now', target: 0, targetText: SIGNED_IN },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts, timeZone }) => {
        const risks = facts.channelsAtRisk();
        if (risks.length === 0) {
          return {
            done: 0,
            target: 0,
            state: 'done',
            status: say('plan.items.keepSignedIn.none'),
            nextAction: null,
          };
        }
        // The channel to reconnect soonest comes first, with its day; the others follow by name.
        const [first, ...later] = [...risks].sort((a, b) => a.reconnectBy - b.reconnectBy);
        const name = (risk: ChannelAtRisk) => `${NETWORK_LABELS[risk.network]} (${risk.handle})`;
        const words = {
          channel: name(first!),
          reconnectBy: first!.reconnectBy,
          timeZone,
          count: risks.reduce((count, risk) => count + risk.posts.length, 0),
        };
        return {
          done: 0,
          target: 0,
          state: 'not-started',
          status:
            later.length === 0
              ? say('plan.items.keepSignedIn.atRisk', words)
              : say('plan.items.keepSignedIn.atRiskMore', { ...words, channels: later.map(name).join(', ') }),
          nextAction: { label: say('plan.items.keepSignedIn.action'), destination: 'settings' },
        };
      },
    },
  },
  {
    id: 'brand-kit',
    title: () => say('plan.items.brandKit.title'),
    kind: 'management',
    cadence: 'once',
    why: say('plan.items.brandKit.why'),
    stages: {
      starting: { bucket: 'now', target: 1, targetText: VOICE },
      growing: { bucket: 'now', target: 1, targetText: VOICE },
      scaling: { bucket: 'now', target: 1, targetText: VOICE },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts }) => {
        const kit = facts.brandKit;
        if (kit === null) {
          return {
            done: 0,
            target: 1,
            status: say('plan.items.brandKit.none'),
            nextAction: { label: say('plan.items.brandKit.action'), destination: 'brand-kit' },
          };
        }
        if (kit.voice.trim() === '') {
          return {
            done: 0,
            target: 1,
            state: 'in-progress',
            status: say('plan.items.brandKit.noVoice'),
            nextAction: { label: say('plan.items.brandKit.describeVoice'), destination: 'brand-kit' },
          };
        }
        return { done: 1, target: 1, status: say('plan.items.brandKit.written'), nextAction: null };
      },
    },
  },
  {
    id: 'publish-posts',
    title: ({ target }) => say('plan.items.publishPosts.title', { count: target }),
    kind: 'management',
    cadence: 'weekly',
    why: say('plan.items.publishPosts.why'),
    stages: {
      starting: { bucket: 'now', target: 3, targetText: postsAWeek(3) },
      growing: { bucket: 'now', target: 5, targetText: postsAWeek(5) },
      scaling: { bucket: 'now', target: 7, targetText: postsAWeek(7) },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts, at }, { target }, week) => {
        const published = facts.published(week).length;
        const scheduled = at < week.to ? facts.scheduledBetween(Math.max(at, week.from), week.to) : 0;
        const missing = Math.max(0, target - published - scheduled);
        const status =
          scheduled > 0
            ? say('plan.items.publishPosts.statusScheduled', { published, target, scheduled })
            : say('plan.items.publishPosts.status', { published, target });
        if (published >= target) return { done: published, target, status, nextAction: null };
        return {
          done: published,
          target,
          status,
          nextAction:
            missing > 0
              ? {
                  label: say('plan.items.publishPosts.schedule', { count: missing }),
                  destination: 'composer',
                }
              : { label: say('plan.items.publishPosts.seeScheduled'), destination: 'calendar' },
        };
      },
    },
  },
  {
    id: 'fill-calendar',
    title: ({ days = 7 }) => say('plan.items.fillCalendar.title', { days }),
    kind: 'management',
    cadence: 'weekly',
    why: say('plan.items.fillCalendar.why'),
    stages: {
      starting: { bucket: 'next', target: 3, days: 7, targetText: scheduledAhead(3, 7) },
      growing: { bucket: 'next', target: 10, days: 14, targetText: scheduledAhead(10, 14) },
      scaling: { bucket: 'next', target: 14, days: 14, targetText: scheduledAhead(14, 14) },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts, at, timeZone }, { target, days = 7 }) => {
        const scheduled = facts.scheduledBetween(at, localMidnightAfter(at, days, timeZone));
        const status = say('plan.items.fillCalendar.status', { count: scheduled, days, target });
        if (scheduled >= target) return { done: scheduled, target, status, nextAction: null };
        return {
          done: scheduled,
          target,
          status,
          nextAction: {
            label: say('plan.items.fillCalendar.schedule', { count: target - scheduled, days }),
            destination: 'calendar',
          },
        };
      },
    },
  },
  {
    id: 'reply-on-time',
    title: ({ hours = 24 }) => say('plan.items.replyOnTime.title', { hours }),
    kind: 'management',
    cadence: 'weekly',
    why: say('plan.items.replyOnTime.why'),
    stages: {
      starting: { bucket: 'now', target: 1, hours: 24, targetText: repliesWithin(24) },
      growing: { bucket: 'now', target: 1, hours: 24, targetText: repliesWithin(24) },
      scaling: { bucket: 'now', target: 1, hours: 12, targetText: repliesWithin(12) },
    },
    requires: ['inbox'],
    check: {
      type: 'auto',
      evaluate: ({ sources }, { hours = 24 }, week) => {
        const { received, answeredInTime } = sources.inbox!.replies(week, hours);
        const late = received - answeredInTime;
        return {
          done: answeredInTime,
          target: received,
          state: late === 0 ? 'done' : answeredInTime > 0 ? 'in-progress' : 'not-started',
          status:
            received === 0
              ? say('plan.items.replyOnTime.nothing')
              : say('plan.items.replyOnTime.status', { answered: answeredInTime, received, hours }),
          nextAction:
            late === 0 ? null : { label: say('plan.items.replyOnTime.action'), destination: 'inbox' },
        };
      },
    },
  },
  {
    id: 'kit-clean',
    title: () => say('plan.items.kitClean.title'),
    kind: 'management',
    cadence: 'weekly',
    why: say('plan.items.kitClean.why'),
    stages: {
      starting: { bucket: 'next', target: 0, targetText: KIT_CLEAN },
      growing: { bucket: 'next', target: 0, targetText: KIT_CLEAN },
      scaling: { bucket: 'now', target: 0, targetText: KIT_CLEAN },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts }, _setting, week) => {
        const kit = facts.brandKit;
        if (kit === null) {
          return {
            done: 0,
            target: 0,
            state: 'unavailable',
            status: say('plan.items.kitClean.noKit'),
            guidance: say('plan.guidance.brandKit'),
            nextAction: { label: say('plan.items.brandKit.action'), destination: 'brand-kit' },
          };
        }
        const posts = facts.published(week);
        const clean = posts.filter((post) =>
          post.texts.every((text) => lintPost(text, post.kind, kit).length === 0),
        );
        const broken = posts.length - clean.length;
        if (posts.length === 0) {
          return {
            done: 0,
            target: 0,
            state: 'not-started',
            status: say('plan.items.kitClean.nothing'),
            nextAction: null,
          };
        }
        return {
          done: clean.length,
          target: posts.length,
          status:
            broken === 0
              ? say('plan.items.kitClean.allFollow', { count: posts.length })
              : say('plan.items.kitClean.broke', { broken, count: posts.length }),
          nextAction:
            broken === 0 ? null : { label: say('plan.items.kitClean.action'), destination: 'composer' },
        };
      },
    },
  },
  {
    id: 'look-at-metrics',
    title: () => say('plan.items.lookAtMetrics.title'),
    kind: 'management',
    cadence: 'monthly',
    why: say('plan.items.lookAtMetrics.why'),
    stages: {
      starting: { bucket: 'next', target: 1, targetText: MONTHLY },
      growing: { bucket: 'next', target: 1, targetText: MONTHLY },
      scaling: { bucket: 'now', target: 1, targetText: MONTHLY },
    },
    requires: ['metrics'],
    check: {
      type: 'auto',
      evaluate: ({ sources }, _setting, month) => {
        const viewed = sources.metrics!.lastViewed(month) !== null;
        return {
          done: viewed ? 1 : 0,
          target: 1,
          status: viewed ? say('plan.items.lookAtMetrics.looked') : say('plan.items.lookAtMetrics.notYet'),
          nextAction: viewed
            ? null
            : { label: say('plan.items.lookAtMetrics.action'), destination: 'insights' },
        };
      },
    },
  },
];
