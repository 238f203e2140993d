// A form's field check in the owner's language: the shared schemas name catalog keys, the
// window's connect forms and the core's boundary both say them, with the check's own limit.
import { afterEach, expect, it } from 'vitest';
import { createDispatch } from '../../src-main/core/dispatch';
import type { Handlers } from '../../src-main/core/handlers/types';
import { ConnectInput } from '../../src-main/shared/connect-inputs';
import { issueWords } from '../../src-main/shared/messages/input-issue';
import { wordsIn } from '../../src-main/shared/messages/words';
import type { CoreMessageKey } from '../../src-main/shared/messages/owner-message';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { errorsByField } from '../../src-renderer/src/features/settings/connect/use-connect';

afterEach(() => applyLanguageChoice('en'));

const shortSecret = () =>
  ConnectInput.safeParse({ network: 'webhook', url: 'https://hooks.example/in', signingSecret: 'short' });

it('keys a schema’s check and fills in its limit', () => {
  const parsed = shortSecret();
  expect(parsed.success).toBe(false);
  const words = issueWords(parsed.error!.issues[0]!);
  expect(words).toMatchObject({
    key: 'input.signingSecret',
    params: { min: 16 },
    message: 'Use a signing secret of at least 16 characters',
  });
  expect(wordsIn('de')(words.key as CoreMessageKey, words.params)).toBe(
    'Verwenden Sie ein Signaturgeheimnis mit mindestens 16 Zeichen',
  );
});

it('shows a connect form’s field problem in German', async () => {
  await applyLanguageChoice('de');
  expect(errorsByField(shortSecret().error!.issues)).toEqual({
    signingSecret: 'Verwenden Sie ein Signaturgeheimnis mit mindestens 16 Zeichen',
  });
});

it('answers a request the core refuses at its boundary with the key, not the field’s name', async () => {
  const dispatch = createDispatch({} as Handlers);
  const answer = await dispatch('channels.add', { network: 'bluesky', displayName: ' ', handle: 'sun' });
  expect(answer).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      key: 'input.channelName',
      params: { min: 1 },
      message: 'Give the channel a name',
    },
  });
  const untouched = await dispatch('calendar.range', { from: 'soon' });
  expect(untouched).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^from: /) },
  });
});

it('keys the cap on a post’s own texts per channel, with its limit, in English and German', async () => {
  const dispatch = createDispatch({} as Handlers);
  const variants = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`channel-${i}`, 'Rye']));
  const answer = await dispatch('posts.update', { id: 'post-1', variants });
  expect(answer).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      key: 'input.variantsTooMany',
      params: { max: 50 },
      message: 'A post can have its own text for at most 50 channels',
    },
  });
  expect(wordsIn('de')('input.variantsTooMany', { max: 50 })).toBe(
    'Ein Beitrag kann höchstens für 50 Kanäle einen eigenen Text haben',
  );
});
