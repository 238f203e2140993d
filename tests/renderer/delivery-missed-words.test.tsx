// @vitest-environment happy-dom
// A missed post says why once, in the owner's language, from the key the outbox stored; a row
// stored before that key existed ("Missed: the laptop…") reads the same, not "Missed — Missed:".
import { beforeAll, expect, it } from 'vitest';
import type { KeyedSentences } from '@shared/messages/owner-message';
import type { Post } from '@shared/entities';
import { say } from '../../src-main/shared/messages/owner-message';
import { DeliveryStatus } from '../../src-renderer/src/features/composer/delivery-status';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { channelFixture } from '../support/channel-fixture';
import { postFixture, targetFixture } from '../support/post-fixture';
import { mountedRoot } from './support/mounted-root';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

const mounted = mountedRoot({ bridge: 'none', english: true });

function missedPost(lastError: string, lastErrorKey: KeyedSentences): Post {
  return postFixture([targetFixture('sky', { id: 't1', state: 'missed', lastError, lastErrorKey })], {
    status: 'failed',
  });
}

async function wordsFor(post: Post): Promise<string> {
  await mounted.render(
    <DeliveryStatus
      post={post}
      channels={[channelFixture('sky', 'bluesky')]}
      timeZone="UTC"
      online={true}
      activity={[]}
      onChanged={() => {}}
      onPickNewTime={() => {}}
    />,
  );
  return mounted.host.querySelector('.delivery-words')!.textContent!;
}

const MISSED = say('outbox.missed');
const ENGLISH =
  'Missed — The laptop was asleep or Cadence was closed at the planned time. Publish it now or pick a new time.';

it('says the stored reason once, in English and in German', async () => {
  const post = missedPost(MISSED.message, [{ key: MISSED.key }]);
  expect(await wordsFor(post)).toBe(ENGLISH);
  await applyLanguageChoice('de');
  expect(await wordsFor(post)).toBe(
    'Verpasst – Der Laptop war im Ruhezustand oder Cadence war zur geplanten Zeit geschlossen. Veröffentlichen Sie ihn jetzt oder wählen Sie eine neue Zeit.',
  );
});

it('reads a row stored before the reason had a key without saying "Missed" twice', async () => {
  const old = missedPost(
    'Missed: the laptop was asleep or Cadence was closed at the planned time. Publish it now or pick a new time.',
    null,
  );
  expect(await wordsFor(old)).toBe(ENGLISH);
  await applyLanguageChoice('de');
  expect(await wordsFor(old)).toContain('Verpasst – Der Laptop war im Ruhezustand');
});
