// @vitest-environment happy-dom
// A snoozed reminder is not a failed send: the post's delivery row and its history say when it
// reminds the owner again, in their language and on the business's clock, never "Will try again
// soon — No reason was given".
import { beforeAll, expect, it } from 'vitest';
import type { ActivityEntry, Channel, Post } from '@shared/entities';
import { say } from '../../src-main/shared/messages/owner-message';
import { activityWords } from '../../src-renderer/src/features/composer/activity-words';
import { DeliveryStatus } from '../../src-renderer/src/features/composer/delivery-status';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { channelFixture } from '../support/channel-fixture';
import { postFixture, targetFixture } from '../support/post-fixture';
import { mountedRoot } from './support/mounted-root';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

const ZONE = 'America/New_York';
// 3:00 PM in New York on the day the window's clock is set to; the reminder is due again at 3:15.
const SNOOZED_AT = Date.parse('2026-11-25T20:00:00Z');
const AGAIN = SNOOZED_AT + 15 * 60_000;
const TIKTOK: Channel = channelFixture('tiktok', 'reminder');

const mounted = mountedRoot({
  bridge: 'none',
  english: true,
  fakeTimers: { toFake: ['Date'], now: SNOOZED_AT },
});

function snoozedPost(channelId = 'tiktok'): Post {
  return postFixture([targetFixture(channelId, { id: 't1', state: 'retry_wait' })]);
}

function snoozeEntry(detail: Record<string, unknown> | null): ActivityEntry {
  const words = say('reminders.activity.snoozed', { local: '2026-11-25 15:15' });
  return {
    id: 7,
    at: SNOOZED_AT,
    kind: 'reminder.snoozed',
    message: words.message,
    postId: 'p1',
    targetId: 't1',
    detail: { ...detail, messageKey: [{ key: words.key, params: words.params }] },
  };
}

async function wordsFor(
  post: Post,
  activity: ActivityEntry[],
  { channels = [TIKTOK], online = true }: { channels?: Channel[]; online?: boolean } = {},
) {
  await mounted.render(
    <DeliveryStatus
      post={post}
      channels={channels}
      timeZone={ZONE}
      online={online}
      activity={activity}
      onChanged={() => {}}
      onPickNewTime={() => {}}
    />,
  );
  return mounted.host.querySelector('.delivery-words')!.textContent!;
}

it('says when a snoozed reminder reminds again, in English and German, on the business clock', async () => {
  const activity = [snoozeEntry({ nextAttemptAt: AGAIN })];
  expect(await wordsFor(snoozedPost(), activity)).toBe('Snoozed — reminds you again at 3:15 PM');
  await applyLanguageChoice('de');
  expect(await wordsFor(snoozedPost(), activity)).toBe('Verschoben – erinnert Sie um 15:15 erneut');
});

it('reminds on time while offline, since a reminder needs no connection', async () => {
  const activity = [snoozeEntry({ nextAttemptAt: AGAIN })];
  expect(await wordsFor(snoozedPost(), activity, { online: false })).toBe(
    'Snoozed — reminds you again at 3:15 PM',
  );
});

it('reads a snooze logged before the entry carried its time as 15 minutes after it', async () => {
  expect(await wordsFor(snoozedPost(), [snoozeEntry(null)])).toBe('Snoozed — reminds you again at 3:15 PM');
  // Before the history has loaded there is no time to give, and still no failure to report.
  expect(await wordsFor(snoozedPost(), [])).toBe('Snoozed — reminds you again 15 minutes after the snooze');
});

it('still says "will try again" for a send waiting to be retried on a network', async () => {
  const sky = channelFixture('sky', 'bluesky');
  const words = await wordsFor(snoozedPost('sky'), [], { channels: [sky] });
  expect(words).toMatch(/^Will try again soon/);
});

it('writes the snooze in the history with the time in the owner’s locale', async () => {
  const entry = snoozeEntry({ nextAttemptAt: AGAIN });
  expect(activityWords(entry, ZONE)).toBe('Reminder snoozed: Cadence reminds you again at 3:15 PM.');
  await applyLanguageChoice('de');
  expect(activityWords(entry, ZONE)).toBe('Erinnerung verschoben: Cadence erinnert Sie um 15:15 erneut.');
  // Without a zone to read it in, the words the core stored.
  expect(activityWords(entry)).toBe(
    'Erinnerung verschoben: Cadence erinnert Sie um 2026-11-25 15:15 erneut.',
  );
});
