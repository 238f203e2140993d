// Threads' and Meta's refusals are said through the catalog, so an owner who chose German reads
// them in German, with the network's own words quoted as it wrote them.
import sharp from 'sharp';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { failureResult } from '../../src-main/core/outbox/retry-policy';
import { failureWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { image, startMetaWorld, type MetaWorld } from '../support/meta-world';
import { startThreadsWorld } from '../support/threads-world';
import { DAY } from '../support/time';

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

async function metaWorld(): Promise<MetaWorld> {
  const w = await startMetaWorld({ fake: { instagram: { containerPolls: 0 } } });
  onTestFinished(() => w.dispose());
  return w;
}

describe('Threads renewal', () => {
  it('keeps the lost answer’s own words keyed when it is tried again', async () => {
    const t = await startThreadsWorld();
    onTestFinished(() => t.dispose());
    const keychain = await t.connect();
    t.clock.advance(2 * DAY);
    t.fake.transport.add({ kind: 'drop-after-handling' }, { method: 'GET', path: '/refresh_access_token' });
    const error = await t.threads.refresh!(keychain.resolve()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', owner: { key: 'connectors.common.connectionBroke' } });
    expect(await inGerman(error)).toMatch(
      /^Die Verbindung zu Threads brach ab, bevor eine Antwort kam \(.+\)\.$/,
    );
  });
});

describe('Instagram and Facebook', () => {
  it('says Instagram blocking a post in German, quoting Meta', async () => {
    const w = await metaWorld();
    const keychain = await w.connect('instagram');
    w.fake.faults.add(
      { kind: 'policy-block' },
      { method: 'POST', path: `/${w.fake.page.igUserId!}/media_publish` },
    );
    const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c92a2a' } })
      .jpeg()
      .toBuffer();
    const photo = image(bytes, 'loaf.jpg', 'A loaf');
    const error = await w.instagram
      .publish(keychain.resolve(), w.post('Blocked', { images: [photo] }))
      .catch((e: unknown) => e);
    expect(await inGerman(error)).toBe(
      'Meta hat dies aus Richtliniengründen blockiert: „We limit how often you can post, comment or do other things in a given amount of time.“. Prüfen Sie den Beitrag anhand der Gemeinschaftsstandards von Meta und bearbeiten Sie ihn, oder warten Sie, bevor Sie es erneut versuchen.',
    );
  });

  it('says an ended Facebook sign-in in German', async () => {
    const w = await metaWorld();
    const keychain = await w.connect('facebook');
    w.clock.advance(61 * DAY);
    const error = await w.facebook.refresh!(keychain.resolve()).catch((e: unknown) => e);
    expect(await inGerman(error)).toBe(
      'Die Facebook-Anmeldung von Cadence ist abgelaufen. Verbinden Sie Facebook in den Einstellungen neu.',
    );
  });

  it('says a renewal whose answer was lost in German, sentence by sentence', async () => {
    const w = await metaWorld();
    const keychain = await w.connect('facebook');
    w.clock.advance(50 * DAY);
    w.fake.transport.add({ kind: 'drop-after-handling' }, { method: 'GET', path: '/oauth/access_token' });
    const error = await w.facebook.refresh!(keychain.resolve()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server' });
    expect((error as Error).message).toBe(
      'The connection to Facebook broke before it answered (UND_ERR_SOCKET: other side closed). Cadence was renewing its sign-in to Facebook and will try again.',
    );
    expect(await inGerman(error)).toBe(
      'Die Verbindung zu Facebook brach ab, bevor eine Antwort kam (UND_ERR_SOCKET: other side closed). Cadence war dabei, seine Anmeldung bei Facebook zu verlängern, und versucht es erneut.',
    );
  });
});
