// The engagement formulas, table-driven: plain numbers, unknown counts, no posts and division by 0.
import { describe, expect, it } from 'vitest';
import {
  interactionsOf,
  percent,
  PERIOD_RATE_FORMULA,
  periodRate,
  POST_RATE_FORMULA,
  postRate,
  type PostCounts,
} from '../../src-main/shared/metrics';

const counts = (
  likes: number | null,
  reposts: number | null,
  replies: number | null,
  quotes: number | null,
) => ({ likes, reposts, replies, quotes }) satisfies PostCounts;

describe('interactions', () => {
  it.each([
    [counts(3, 2, 1, 0), 6],
    [counts(3, null, 1, null), 4],
    [counts(0, 0, 0, 0), 0],
    [counts(null, null, null, null), null],
  ])('%j adds up to %s', (input, expected) => {
    expect(interactionsOf(input)).toBe(expected);
  });
});

describe('engagement rate of a post = interactions ÷ followers', () => {
  it.each([
    { interactions: 6, followers: 200, value: 0.03, worked: '6 ÷ 200 = 3%' },
    { interactions: 0, followers: 50, value: 0, worked: '0 ÷ 50 = 0%' },
    { interactions: 2, followers: 1, value: 2, worked: '2 ÷ 1 = 200%' },
    { interactions: 1, followers: 3, value: 1 / 3, worked: '1 ÷ 3 = 33.33%' },
  ])('$interactions ÷ $followers', ({ interactions, followers, value, worked }) => {
    const rate = postRate(interactions, followers);
    expect(rate.value).toBeCloseTo(value);
    expect(rate).toMatchObject({ formula: POST_RATE_FORMULA, worked });
    expect(rate.missing).toBeUndefined();
  });

  it.each([
    { interactions: 5, followers: 0, missing: 'Cannot divide by 0 followers.' },
    { interactions: 5, followers: null, missing: 'No follower count measured yet.' },
    { interactions: null, followers: 10, missing: 'The network gave no interaction counts.' },
  ])('is missing, never 0 or NaN, for $interactions ÷ $followers', ({ interactions, followers, missing }) => {
    expect(postRate(interactions, followers)).toEqual({
      value: null,
      formula: POST_RATE_FORMULA,
      missing: expect.objectContaining({ message: missing }),
    });
  });
});

describe('engagement rate for a period = interactions ÷ followers ÷ posts', () => {
  it.each([
    { interactions: 30, followers: 500, posts: 3, value: 0.02, worked: '30 ÷ 500 ÷ 3 = 2%' },
    { interactions: 9, followers: 120, posts: 1, value: 0.075, worked: '9 ÷ 120 ÷ 1 = 7.5%' },
    { interactions: 0, followers: 80, posts: 4, value: 0, worked: '0 ÷ 80 ÷ 4 = 0%' },
  ])('$interactions ÷ $followers ÷ $posts', ({ value, worked, ...input }) => {
    const rate = periodRate(input);
    expect(rate.value).toBeCloseTo(value);
    expect(rate).toMatchObject({ formula: PERIOD_RATE_FORMULA, worked });
  });

  it.each([
    { interactions: 4, followers: 10, posts: 0, missing: 'No posts published in this period.' },
    { interactions: 4, followers: 0, posts: 2, missing: 'Cannot divide by 0 followers.' },
    { interactions: 4, followers: null, posts: 2, missing: 'No follower count measured yet.' },
    { interactions: null, followers: 10, posts: 2, missing: 'The network gave no interaction counts.' },
  ])('is missing for $interactions ÷ $followers ÷ $posts', ({ missing, ...input }) => {
    expect(periodRate(input)).toEqual({
      value: null,
      formula: PERIOD_RATE_FORMULA,
      missing: expect.objectContaining({ message: missing }),
    });
  });

  it('is the average of the posts’ rates when the followers are the same', () => {
    const perPost = [postRate(10, 100).value!, postRate(2, 100).value!];
    const period = periodRate({ interactions: 12, followers: 100, posts: 2 }).value!;
    expect(period).toBeCloseTo((perPost[0]! + perPost[1]!) / 2);
  });
});

describe('percent', () => {
  it.each([
    [0.0976, '9.76%'],
    [0.5, '50%'],
    [0.123456, '12.35%'],
  ])('%s is %s', (value, text) => {
    expect(percent(value)).toBe(text);
  });
});
