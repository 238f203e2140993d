// The core's messages reach the owner in their language: a check's finding and an error carry a
// catalog key and values beside the English, the renderer words them from the key (numbers the
// language's way), keeps a network's own words as they are, and falls back to the English text.
import { afterEach, expect, it } from 'vitest';
import { createDispatch } from '../../src-main/core/dispatch';
import { lintPost } from '../../src-main/shared/brand-kit/lint';
import { AppError } from '../../src-main/shared/errors';
import { say } from '../../src-main/shared/messages/owner-message';
import { validatePostForNetwork } from '../../src-main/shared/text-rules';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { failureWords, ownerWords } from '../../src-renderer/src/i18n/owner-words';
import { problemWords } from '../../src-renderer/src/lib/problem-words';
import { activityWords } from '../../src-renderer/src/features/composer/activity-words';

afterEach(() => applyLanguageChoice('en'));

const tooLong = () => validatePostForNetwork('mastodon', { text: 'a'.repeat(1001), images: [] }, null)[0]!;

it('writes the English text from the key and keeps both for the renderer', () => {
  expect(tooLong()).toMatchObject({
    key: 'problems.textTooLong.mastodon',
    params: { limit: 500, used: 1001, over: 501, perLink: 23 },
    message:
      'Your Mastodon server allows 500 characters; this counts as 1,001, counting each link as 23. Shorten it by 501.',
  });
  expect(say('problems.tooManyImages', { network: 'X', count: 1, used: 2, extra: 1 }).message).toBe(
    'X allows 1 photo per post; this has 2. Remove 1.',
  );
});

it('shows a finding in German, with German numbers', async () => {
  await applyLanguageChoice('de');
  expect(problemWords(tooLong())).toBe(
    'Ihr Mastodon-Server erlaubt 500 Zeichen; dieser Text zählt als 1.001, jeder Link als 23. Kürzen Sie ihn um 501.',
  );
});

it('writes a day the core sends as an instant in the owner’s language, in the zone it names', async () => {
  const risk = say('plan.items.keepSignedIn.atRisk', {
    channel: 'LinkedIn (rosa-bakery)',
    // 23:30 UTC on Tuesday is already Wednesday in Berlin.
    reconnectBy: Date.UTC(2026, 11, 8, 23, 30),
    timeZone: 'Europe/Berlin',
    count: 4,
  });
  expect(risk.message).toBe(
    'Reconnect LinkedIn (rosa-bakery) before Wed, Dec 9: 4 scheduled posts would find the sign-in ended.',
  );
  await applyLanguageChoice('de');
  expect(ownerWords(risk)).toBe(
    'LinkedIn (rosa-bakery) vor Mi., 9. Dez. neu verbinden: 4 geplante Beiträge würden die Anmeldung abgelaufen vorfinden.',
  );
});

it('shows the English text for a message without a key, or with one no catalog has', async () => {
  await applyLanguageChoice('de');
  expect(ownerWords({ message: 'A server said no' })).toBe('A server said no');
  expect(ownerWords({ message: 'Plain English', key: 'problems.nowhere' })).toBe('Plain English');
});

it('carries an error key and values across the boundary, redacted like the message', async () => {
  const dispatch = createDispatch(
    {
      'profile.get': () => {
        throw new AppError('INVALID_INPUT', say('problems.gifAlone', { network: 'secret-token-123' }));
      },
    } as never,
    (text) => text.replaceAll('secret-token-123', '[redacted]'),
  );
  const result = await dispatch('profile.get', undefined);
  expect(result).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      key: 'problems.gifAlone',
      params: { network: '[redacted]' },
      message: '[redacted] shows a GIF only on its own. Remove the other photos, or the GIF.',
    },
  });
  await applyLanguageChoice('de');
  if (result.ok) throw new Error('expected a failure');
  expect(ownerWords(result.error)).toBe(
    '[redacted] zeigt ein GIF nur allein. Entfernen Sie die anderen Fotos oder das GIF.',
  );
});

it('shows a brand kit finding in German', async () => {
  const kit = {
    voice: '',
    avoidWords: [{ term: 'billig', suggestion: 'preiswert' }],
    preferWords: [],
    requiredByKind: { campaign: [], organic: [] },
    maxEmoji: null,
    maxHashtags: null,
    links: { requireHttps: false, forbidShorteners: false, requireUtmOnCampaign: false },
  };
  const [problem] = lintPost('Alles billig heute', 'organic', kit);
  await applyLanguageChoice('de');
  expect(ownerWords(problem!)).toBe(
    '„billig“ steht auf Ihrer Liste der zu vermeidenden Wörter. Versuchen Sie „preiswert“.',
  );
});

it('shows a post’s history in the owner’s language from the key the core stored with it', async () => {
  const entry = { id: 1, at: 0, kind: 'post.publish-now', postId: null, targetId: null, detail: null };
  expect(activityWords({ ...entry, message: 'Mastodon said no.' })).toBe('Mastodon said no.');
  const keyed = {
    ...entry,
    message: 'Publish now requested.',
    detail: { messageKey: [{ key: 'activity.publishNow' }] },
  };
  const published = {
    ...entry,
    message: 'Published on Bluesky (@shop).',
    detail: { messageKey: [{ key: 'activity.published', params: { network: 'Bluesky', handle: '@shop' } }] },
  };
  await applyLanguageChoice('de');
  expect(activityWords(keyed)).toBe('Jetzt veröffentlichen angefordert.');
  expect(activityWords(published)).toBe('Auf Bluesky veröffentlicht (@shop).');
});

it('tells a sign-in that ended in the owner’s language, and a network’s own words as they are', async () => {
  await applyLanguageChoice('de');
  expect(failureWords('You stopped the sign-in.', [{ key: 'signIn.stopped' }])).toBe(
    'Sie haben die Anmeldung abgebrochen. Beginnen Sie erneut in den Einstellungen von Cadence.',
  );
  expect(
    failureWords('X did not sign Cadence in (“denied”).', [
      { key: 'signIn.refused', params: { network: 'X', said: 'denied' } },
    ]),
  ).toBe('X hat Cadence nicht angemeldet („denied“). Beginnen Sie erneut in den Einstellungen von Cadence.');
  expect(failureWords('That sign-in did not give “@bakery”.', null)).toBe(
    'That sign-in did not give “@bakery”.',
  );
});
