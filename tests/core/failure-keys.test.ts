// A connector's failure said through the catalog is stored with its keys beside the English,
// with the outbox's own sentence keyed too, and the renderer shows it in German; the values a
// network wrote are redacted like the text, and a plain-text failure keeps no stale keys.
import { afterEach, expect, vi } from 'vitest';
import { say } from '../../src-main/shared/messages/owner-message';
import { activityWords } from '../../src-renderer/src/features/composer/activity-words';
import { failureWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { it } from '../support/core-fixture';
import { targetRow } from '../support/outbox-harness';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
/** A Telegram bot token's shape, which the stores redact wherever it appears. */
const TOKEN = `123456789:${'A'.repeat(35)}`;

afterEach(() => applyLanguageChoice('en'));

function keysOf(h: Parameters<typeof targetRow>[0], targetId: string): unknown {
  const row = h.core.database.sqlite
    .prepare('select last_error_key as keys from post_targets where id = ?')
    .get(targetId) as { keys: string | null };
  return row.keys === null ? null : JSON.parse(row.keys);
}

it('stores a keyed failure with its keys and shows it in German', async ({ h, hook: channel }) => {
  h.webhook.scriptPublish({
    kind: 'error',
    failure: 'unknown',
    message: say('connectors.common.noAnswerInTime', { name: 'hooks.example' }),
  });
  const post = await h.schedule([channel], '2026-11-25T09:00', 'Fresh bread at nine');
  await h.runUntil(NINE_AM);
  const targetId = post.targets[0]!.id;

  expect(targetRow(h, targetId)).toMatchObject({
    state: 'unknown',
    last_error:
      'hooks.example did not answer in time. Cadence will check whether the post went out before trying again.',
  });
  const keys = [
    { key: 'connectors.common.noAnswerInTime', params: { name: 'hooks.example' } },
    { key: 'connectors.retry.checkFirst' },
  ];
  expect(keysOf(h, targetId)).toEqual(keys);
  const [target] = (await h.call('posts.get', { id: post.id })).targets;
  expect(target!.lastErrorKey).toEqual(keys);

  const logged = (await h.call('activity.list', { postId: post.id })).find(
    (e) => e.kind === 'attempt.unknown',
  );

  await applyLanguageChoice('de');
  const german =
    'hooks.example hat nicht rechtzeitig geantwortet. Cadence prüft, ob der Beitrag erschienen ist, bevor es es erneut versucht.';
  expect(failureWords(target!.lastError!, target!.lastErrorKey)).toBe(german);
  expect(activityWords(logged!)).toBe(german);
});

it('redacts a credential in a keyed failure’s values as in its text', async ({ h, hook: channel }) => {
  h.webhook.scriptPublish({
    kind: 'error',
    failure: 'rejected',
    message: say('connectors.discord.postRefused', { said: `token ${TOKEN} is bad` }),
  });
  const post = await h.schedule([channel], '2026-11-25T09:00', 'Fresh bread at nine');
  await h.runUntil(NINE_AM);
  const targetId = post.targets[0]!.id;
  const stored = JSON.stringify(keysOf(h, targetId));
  expect(stored).toContain('connectors.discord.postRefused');
  expect(stored).not.toContain(TOKEN);
  expect(stored).toContain('[redacted]');
  expect(targetRow(h, targetId).last_error).not.toContain(TOKEN);
});

it('keeps no keys for a failure in plain words, and shows old rows as stored', async ({
  h,
  hook: channel,
}) => {
  h.webhook.scriptPublish({ kind: 'error', failure: 'rejected', message: 'The receiver said no.' });
  const post = await h.schedule([channel], '2026-11-25T09:00', 'Fresh bread at nine');
  await h.runUntil(NINE_AM);
  const [target] = (await h.call('posts.get', { id: post.id })).targets;
  expect(target).toMatchObject({ lastError: 'The receiver said no.', lastErrorKey: null });
  await applyLanguageChoice('de');
  expect(failureWords(target!.lastError!, target!.lastErrorKey)).toBe('The receiver said no.');
});

it('keys an unexpected fault with its own words as a value, and shows it in German', async ({
  h,
  hook: channel,
}) => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  h.webhook
    .scriptPublish({ kind: 'error', failure: 'unknown' })
    .scriptVerify(Promise.reject(new Error('list is not iterable')));
  const post = await h.schedule([channel], '2026-11-25T09:00', 'Fresh bread at nine');
  await h.runUntil(NINE_AM + 10 * 60_000);
  consoleError.mockRestore();
  const [target] = (await h.call('posts.get', { id: post.id })).targets;
  expect(target!.lastError).toMatch(
    /^Something unexpected happened while publishing \(list is not iterable\)\. /,
  );
  expect(target!.lastErrorKey![0]).toEqual({
    key: 'outbox.unexpected',
    params: { said: 'list is not iterable' },
  });
  await applyLanguageChoice('de');
  expect(failureWords(target!.lastError!, target!.lastErrorKey)).toMatch(
    /^Beim Veröffentlichen ist etwas Unerwartetes passiert \(list is not iterable\)\. Cadence/,
  );
});
