// What Cadence says before quitting and in the tray, decided from "Will it go out?": a hand-off
// is offered first when a network can take the posts, and the words follow the owner's language.
import { expect, it } from 'vitest';
import { preflightLine, quitPrompt } from '../../src-main/core/desktop/preflight-prompt';
import { wordsIn } from '../../src-main/shared/messages/words';
import { preflight, type PreflightInput } from '../../src-main/shared/preflight';
import { HOUR } from '../support/time';

// 07:00 in Berlin on Monday 7 December 2026.
const NOW = Date.UTC(2026, 11, 7, 6);
const ZONE = 'Europe/Berlin';
const posts: PreflightInput[] = [
  {
    postId: 'a',
    excerpt: 'a',
    scheduledAt: NOW + 2 * HOUR,
    targets: [{ network: 'mastodon', state: 'scheduled' }],
  },
  {
    postId: 'b',
    excerpt: 'b',
    scheduledAt: NOW + 6 * HOUR,
    targets: [{ network: 'bluesky', state: 'scheduled' }],
  },
  {
    postId: 'c',
    excerpt: 'c',
    scheduledAt: NOW + 8 * HOUR,
    targets: [{ network: 'mastodon', state: 'handed_off' }],
  },
];
const answer = preflight(posts, NOW, NOW + 24 * HOUR);

it('offers the hand-off first, then keeping the laptop awake, then quitting', () => {
  const prompt = quitPrompt(answer, ZONE, wordsIn('en', 'en-GB'), 12)!;
  expect(prompt.message).toBe('2 posts due in the next 24 h need Cadence running: 9:00 and 13:00.');
  expect(prompt.detail).toBe(
    '1 of them can be handed to its network, which publishes it even with this laptop closed.',
  );
  expect(prompt.buttons).toEqual([
    { choice: 'hand-off', label: 'Hand off 1 post and quit' },
    { choice: 'stay-awake', label: 'Stay open and keep this laptop awake until 13:05' },
    { choice: 'quit', label: 'Quit anyway' },
  ]);
  expect(prompt.awakeUntil).toBe(NOW + 6 * HOUR + 5 * 60_000);
});

it('keeps the laptop awake only for the posts due within the window the owner chose', () => {
  // Two hours: the post due at 13:00 is beyond it, the one at 9:00 on its edge is not within.
  const twoHours = quitPrompt(answer, ZONE, wordsIn('en', 'en-GB'), 2)!;
  expect(twoHours.buttons.map((b) => b.choice)).toEqual(['hand-off', 'stay-open', 'quit']);
  expect(twoHours.awakeUntil).toBeNull();
  const sixHours = quitPrompt(answer, ZONE, wordsIn('en', 'en-GB'), 6)!;
  expect(sixHours.buttons[1]).toEqual({
    choice: 'stay-awake',
    label: 'Stay open and keep this laptop awake until 9:05',
  });
  expect(sixHours.awakeUntil).toBe(NOW + 2 * HOUR + 5 * 60_000);
  const german = quitPrompt(answer, ZONE, wordsIn('de', 'de-DE'), 24)!;
  expect(german.buttons[1]!.label).toBe('Geöffnet lassen und diesen Laptop bis 13:05 wach halten');
});

it('says the day ahead in the tray, in German too', () => {
  expect(preflightLine(answer, ZONE, wordsIn('en', 'en-GB'))).toBe(
    'Next 24 h: 3 posts · 1 goes out on its own · 2 need Cadence running at 9:00 and 13:00',
  );
  expect(preflightLine(answer, ZONE, wordsIn('de', 'de-DE'))).toBe(
    'Nächste 24 Std.: 3 Beiträge · 1 erscheint von selbst · 2 brauchen das laufende Cadence um 9:00 und 13:00',
  );
  expect(quitPrompt(preflight([], NOW, NOW + HOUR), ZONE, wordsIn('en'), 12)).toBeNull();
});
