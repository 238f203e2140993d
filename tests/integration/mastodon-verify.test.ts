// The Mastodon connector on its own, against the fake: how verify answers after a lost
// reply, the Idempotency-Key on a resend, and how refusals are sorted for the outbox.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import type { Account, OutgoingPost } from '../../src-main/core/connectors/connector';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { mastodonConnector } from '../../src-main/core/connectors/mastodon/mastodon-connector';
import { plainText } from '../../src-main/core/connectors/mastodon/mastodon-verify';
import { startMastodonFake, type MastodonFake } from '../fakes/mastodon-fake';
import { tokenWithScopes } from '../support/mastodon-world';
import { HOUR } from '../support/time';

let clock: ManualClock;
let fake: MastodonFake;
beforeEach(async () => {
  clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
  fake = await startMastodonFake({ now: () => clock.now() });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const connector = (requestTimeoutMs = 2_000, mediaWaitMs = 2_000) =>
  mastodonConnector(
    { clock, fetch: globalThis.fetch, requestTimeoutMs },
    { mediaWait: { firstPollMs: 20, maxWaitMs: mediaWaitMs } },
  );

function account(accessToken = fake.accessToken): Account {
  return {
    channelId: 'channel-1',
    network: 'mastodon',
    handle: 'cadence_owner',
    serverUrl: fake.url,
    remoteAccountId: fake.owner.id,
    settings: {},
    secret: JSON.stringify({ accessToken }),
    app: null,
    expiry: { accessExpiresAt: null, refreshExpiresAt: null },
    saveSecret: async () => {},
  };
}

function post(text: string, extra: Partial<OutgoingPost> = {}): OutgoingPost {
  return {
    targetId: 't1',
    idempotencyKey: 'cadence-t1',
    text,
    images: [],
    firstAttemptAt: clock.now(),
    ...extra,
  };
}

async function failureOf(work: Promise<unknown>): Promise<ConnectorError> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('verify', () => {
  it('answers by remote id: published when found, absent when Mastodon says 404', async () => {
    const published = await connector().publish(account(), post('Fresh rolls'));
    expect(await connector().verify(account(), post('Fresh rolls'), published.remoteId)).toEqual({
      status: 'published',
      ...published,
    });
    expect(await connector().verify(account(), post('Fresh rolls'), '999')).toEqual({ status: 'absent' });
  });

  it('without an id, finds the status by its text; else a resend is safe for the hour the key is kept', async () => {
    const text = 'Tea & scones at <4pm>\n\nAsk @baker@bread.example about https://example.com/menu #tea';
    const sent = post(text);
    clock.advance(1000);
    const published = await connector().publish(account(), sent);
    expect(await connector().verify(account(), sent, null)).toEqual({ status: 'published', ...published });

    const missing = post('Never sent', { idempotencyKey: 'cadence-t2', targetId: 't2' });
    expect(await connector().verify(account(), missing, null)).toEqual({
      status: 'retry-safe',
      searched: true,
    });
    clock.advance(2 * HOUR);
    expect(await connector().verify(account(), missing, null)).toEqual({ status: 'absent' });
  });

  it('reads Mastodon HTML back as the text that was sent', () => {
    expect(
      plainText(
        '<p>Tea &amp; scones &lt;4pm&gt;<br />line two</p><p><a href="https://example.com/menu"><span class="invisible">https://</span><span class="">example.com/menu</span></a> &#39;ok&#x27;</p>',
      ),
    ).toBe("Tea & scones <4pm>\nline two\n\nhttps://example.com/menu 'ok'");
  });
});

describe('publish', () => {
  it('a resend with the same Idempotency-Key after a lost answer returns the same status', async () => {
    fake.faults.add({ kind: 'hang', afterHandling: true }, { method: 'POST', path: '/api/v1/statuses' });
    const lost = await failureOf(connector(300).publish(account(), post('Bagels')));
    expect(lost.kind).toBe('unknown');
    const again = await connector().publish(account(), post('Bagels'));
    expect(fake.statuses).toHaveLength(1);
    expect(again.remoteId).toBe(fake.statuses[0]!.id);
  });

  it('sorts refusals: 401 asks to reconnect, a missing write permission is named, 429 carries the reset', async () => {
    const revoked = await failureOf(connector().publish(account('revoked-token'), post('Hi')));
    expect(revoked).toMatchObject({
      kind: 'auth',
      message: "Mastodon no longer accepts Cadence's sign-in. Reconnect Mastodon in Settings.",
    });

    const readOnly = account(await tokenWithScopes(fake, 'read'));
    const noWrite = await failureOf(connector().publish(readOnly, post('Hi')));
    expect(noWrite.kind).toBe('permission');
    expect(noWrite.message).toMatch(
      /lacks the write:statuses permission\. Reconnect Mastodon in Settings\.$/,
    );

    fake.faults.add(
      { kind: 'rate-limited', resetInSeconds: 90 },
      { method: 'POST', path: '/api/v1/statuses' },
    );
    const limited = await failureOf(connector().publish(account(), post('Hi')));
    expect(limited).toMatchObject({ kind: 'rate-limited', retryable: true });
    expect(limited.details.retryAt).toBe(clock.now() + 90_000);
  });

  it('gives up on an image still processing after the bounded wait, as a retryable server problem', async () => {
    fake.config.mediaProcessingPolls = 1_000;
    const image = {
      bytes: new Uint8Array([1, 2, 3]),
      mimeType: 'image/png',
      altText: 'Bread',
      fileName: 'b.png',
    };
    const slow = await failureOf(
      connector(2_000, 150).publish(account(), post('Bread', { images: [image] })),
    );
    expect(slow).toMatchObject({ kind: 'server', retryable: true });
    expect(slow.message).toMatch(/still processing “b\.png”/);
    expect(fake.statuses).toHaveLength(0);
  });
});
