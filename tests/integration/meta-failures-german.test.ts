// Threads' and Meta's refusals are said through the catalog, so an owner who chose German reads
// them in German, with the network's own words quoted as it wrote them.
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { failureResult } from '../../src-main/core/outbox/retry-policy';
import { failureWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { startThreadsWorld } from '../support/threads-world';

afterEach(() => applyLanguageChoice('en'));

/** The failure as the outbox stores it, shown in German. */
async function inGerman(error: unknown): Promise<string> {
  expect(error).toBeInstanceOf(ConnectorError);
  const result = failureResult(error as ConnectorError, 1, 0, () => 0);
  await applyLanguageChoice('de');
  return failureWords(result.lastError!, result.lastErrorKey ?? null);
}

describe('Threads', () => {
  it('says an ended sign-in in German, quoting Threads', async () => {
    const t = await startThreadsWorld();
    onTestFinished(() => t.dispose());
    const keychain = await t.connect();
    t.fake.faults.add(
      { kind: 'expired-token' },
      { method: 'POST', path: `/${t.fake.world.profile.id}/threads` },
    );
    const error = await t.threads.publish(keychain.resolve(), t.post('Soup')).catch((e: unknown) => e);
    expect(await inGerman(error)).toBe(
      'Threads nimmt die Anmeldung von Cadence nicht mehr an („Error validating access token: Session has expired.“). Verbinden Sie Threads in den Einstellungen neu.',
    );
  });
});
