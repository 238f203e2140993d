// A lost answer before the post was asked for is retried, and the sentence that says so is keyed
// after the network's own keyed words, so the owner reads the whole failure in German.
import { afterEach, expect, it } from 'vitest';
import { beforeThePost, ConnectorError } from '../../src-main/core/connectors/connector-error';
import { failureResult } from '../../src-main/core/outbox/retry-policy';
import { say } from '../../src-main/shared/messages/owner-message';
import { failureWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';

afterEach(() => applyLanguageChoice('en'));

const lostUpload = (): ConnectorError =>
  new ConnectorError('unknown', say('connectors.common.noAnswerInTime', { name: 'X' }), { httpStatus: 504 });

it('turns a lost upload answer into a retry whose every sentence is keyed', async () => {
  const retried = beforeThePost(lostUpload()) as ConnectorError;
  expect(retried).toBeInstanceOf(ConnectorError);
  expect(retried).toMatchObject({ kind: 'server', details: { httpStatus: 504 } });
  expect(retried.message).toBe('X did not answer in time. No post was made yet; Cadence will try again.');

  const result = failureResult(retried, 1, 0, () => 0);
  expect(result).toMatchObject({ outcome: 'retry', lastError: retried.message });
  expect(result.lastErrorKey).toEqual([
    { key: 'connectors.common.noAnswerInTime', params: { name: 'X' } },
    { key: 'connectors.retry.noPostYet' },
  ]);
  await applyLanguageChoice('de');
  expect(failureWords(result.lastError!, result.lastErrorKey ?? null)).toBe(
    'X hat nicht rechtzeitig geantwortet. Es wurde noch kein Beitrag erstellt; Cadence versucht es erneut.',
  );
});

it('keeps plain words plain and leaves other failures as they were', () => {
  const plain = beforeThePost(new ConnectorError('unknown', 'The upload timed out.')) as ConnectorError;
  expect(plain.message).toBe('The upload timed out. No post was made yet; Cadence will try again.');
  expect(failureResult(plain, 1, 0, () => 0).lastErrorKey).toBeNull();

  const refused = new ConnectorError('rejected', 'Too long.');
  expect(beforeThePost(refused)).toBe(refused);
  const other = new Error('boom');
  expect(beforeThePost(other)).toBe(other);
});
