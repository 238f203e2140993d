// Management: keeping the brand present. Scheduling and posting, answering the community,
// one voice across platforms, and watching follower count and engagement rate.
import { lintPost } from '../../shared/brand-kit/lint';
import { localMidnightAfter } from './periods';
import type { PlanItemRule } from './rule-types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const MANAGEMENT_ITEMS: PlanItemRule[] = [
  {
    id: 'connect-channel',
    title: () => 'Connect a channel',
    kind: 'management',
    cadence: 'once',
    why: 'A consistent presence starts with one account Cadence can post to for you.',
    stages: {
      starting: { bucket: 'now', target: 1, targetText: '1 channel' },
      growing: { bucket: 'now', target: 1, targetText: '1 channel' },
      scaling: { bucket: 'now', target: 1, targetText: '1 channel' },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts }) => {
        const connected = facts.connectedChannels;
        return {
          done: Math.min(connected, 1),
          target: 1,
          status: connected > 0 ? `${plural(connected, 'channel')} connected.` : 'No channel connected yet.',
          nextAction: connected > 0 ? null : { label: 'Connect a channel', destination: 'settings' },
        };
      },
    },
  },
  {
    id: 'brand-kit',
    title: () => 'Write your brand voice kit',
    kind: 'management',
    cadence: 'once',
    why: 'One voice and one look across every platform is what makes people recognise your brand.',
    stages: {
      starting: { bucket: 'now', target: 1, targetText: 'a voice and its rules' },
      growing: { bucket: 'now', target: 1, targetText: 'a voice and its rules' },
      scaling: { bucket: 'now', target: 1, targetText: 'a voice and its rules' },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts }) => {
        const kit = facts.brandKit;
        if (kit === null) {
          return {
            done: 0,
            target: 1,
            status: 'No brand kit yet.',
            nextAction: { label: 'Write your brand voice kit', destination: 'brand-kit' },
          };
        }
        if (kit.voice.trim() === '') {
          return {
            done: 0,
            target: 1,
            state: 'in-progress',
            status: 'The kit has rules but no description of your voice.',
            nextAction: { label: 'Describe your voice', destination: 'brand-kit' },
          };
        }
        return { done: 1, target: 1, status: 'Your brand kit is written.', nextAction: null };
      },
    },
  },
  {
    id: 'publish-posts',
    title: ({ target }) => `Publish ${plural(target, 'post')} this week`,
    kind: 'management',
    cadence: 'weekly',
    why: 'Showing up regularly keeps you in your followers’ feeds; accounts that go quiet are forgotten.',
    stages: {
      starting: { bucket: 'now', target: 3, targetText: '3 posts a week' },
      growing: { bucket: 'now', target: 5, targetText: '5 posts a week' },
      scaling: { bucket: 'now', target: 7, targetText: '7 posts a week' },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts, at }, { target }, week) => {
        const published = facts.published(week).length;
        const scheduled = at < week.to ? facts.scheduledBetween(Math.max(at, week.from), week.to) : 0;
        const missing = Math.max(0, target - published - scheduled);
        const status =
          `${published} of ${target} posts published this week` +
          (scheduled > 0 ? `, ${scheduled} more scheduled.` : '.');
        if (published >= target) return { done: published, target, status, nextAction: null };
        return {
          done: published,
          target,
          status,
          nextAction:
            missing > 0
              ? { label: `Schedule ${plural(missing, 'more post')} this week`, destination: 'composer' }
              : { label: 'See this week’s scheduled posts', destination: 'calendar' },
        };
      },
    },
  },
  {
    id: 'fill-calendar',
    title: ({ days }) => `Keep the calendar filled ${days} days ahead`,
    kind: 'management',
    cadence: 'weekly',
    why: 'Posts planned ahead keep your presence steady even in a busy week.',
    stages: {
      starting: { bucket: 'next', target: 3, days: 7, targetText: '3 posts scheduled in the next 7 days' },
      growing: { bucket: 'next', target: 10, days: 14, targetText: '10 posts scheduled in the next 14 days' },
      scaling: { bucket: 'next', target: 14, days: 14, targetText: '14 posts scheduled in the next 14 days' },
    },
    check: {
      type: 'auto',
      evaluate: ({ facts, at, timeZone }, { target, days = 7 }) => {
        const scheduled = facts.scheduledBetween(at, localMidnightAfter(at, days, timeZone));
        const status = `${plural(scheduled, 'post')} scheduled in the next ${days} days, of ${target}.`;
        if (scheduled >= target) return { done: scheduled, target, status, nextAction: null };
        return {
          done: scheduled,
          target,
          status,
          nextAction: {
            label: `Schedule ${plural(target - scheduled, 'more post')} in the next ${days} days`,
            destination: 'calendar',
          },
        };
      },
    },
  },
  {
    id: 'reply-on-time',
    title: ({ hours }) => `Answer every mention and comment within ${hours} h`,
    kind: 'management',
    cadence: 'weekly',
    why: 'Community engagement is built one reply at a time; people notice when nobody answers.',
    stages: {
      starting: { bucket: 'now', target: 1, hours: 24, targetText: 'replies within 24 h' },
      growing: { bucket: 'now', target: 1, hours: 24, targetText: 'replies within 24 h' },
      scaling: { bucket: 'now', target: 1, hours: 12, targetText: 'replies within 12 h' },
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
              ? 'Nothing waited for a reply this week.'
              : `${answeredInTime} of ${received} answered within ${hours} h.`,
          nextAction: late === 0 ? null : { label: 'Open the inbox', destination: 'inbox' },
        };
      },
    },
  },
  {
    id: 'kit-clean',
    title: () => 'Publish nothing that breaks the brand kit',
    kind: 'management',
    cadence: 'weekly',
    why: 'Every post that sounds like someone else weakens the voice people know you by.',
    stages: {
      starting: { bucket: 'next', target: 0, targetText: 'no post breaks the kit' },
      growing: { bucket: 'next', target: 0, targetText: 'no post breaks the kit' },
      scaling: { bucket: 'now', target: 0, targetText: 'no post breaks the kit' },
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
            status: 'There is no brand kit to check posts against.',
            guidance: 'Available once you write your brand voice kit.',
            nextAction: { label: 'Write your brand voice kit', destination: 'brand-kit' },
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
            status: 'Nothing published this week yet.',
            nextAction: null,
          };
        }
        return {
          done: clean.length,
          target: posts.length,
          status:
            broken === 0
              ? `All ${plural(posts.length, 'post')} published this week follow the kit.`
              : `${broken} of ${plural(posts.length, 'post')} published this week broke the kit.`,
          nextAction:
            broken === 0
              ? null
              : { label: 'Check drafts against the kit before they go out', destination: 'composer' },
        };
      },
    },
  },
  {
    id: 'look-at-metrics',
    title: () => 'Look at follower count and engagement rate',
    kind: 'management',
    cadence: 'monthly',
    why: 'Follower count and engagement rate tell you whether your content is still relevant and engaging.',
    stages: {
      starting: { bucket: 'next', target: 1, targetText: 'once a month' },
      growing: { bucket: 'next', target: 1, targetText: 'once a month' },
      scaling: { bucket: 'now', target: 1, targetText: 'once a month' },
    },
    requires: ['metrics'],
    check: {
      type: 'auto',
      evaluate: ({ sources }, _setting, month) => {
        const viewed = sources.metrics!.lastViewed(month) !== null;
        return {
          done: viewed ? 1 : 0,
          target: 1,
          status: viewed ? 'You looked at them this month.' : 'Not looked at this month yet.',
          nextAction: viewed ? null : { label: 'Open Insights', destination: 'insights' },
        };
      },
    },
  },
];
