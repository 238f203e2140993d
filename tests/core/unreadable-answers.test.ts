// A network that says yes to a post in words Cadence cannot read still posted it: Telegram's
// "ok" without a readable message, Discord's 200 without a message id. Retrying that as a
// server failure would post twice, so the outcome is unknown and is checked first. A read
// answered the same way is only a server failure. The networks' answers come from a stub
// fetch: nothing leaves this process.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import type { Account, ConnectorContext, OutgoingPost } from '../../src-main/core/connectors/connector';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { discordConnector } from '../../src-main/core/connectors/discord/discord-connector';
import { telegramConnector } from '../../src-main/core/connectors/telegram/telegram-connector';

/** A context whose every request is answered 200 with `body`. */
function answering(body: unknown): ConnectorContext {
  return {
    clock: new ManualClock(Date.UTC(2026, 10, 25, 12)),
    fetch: async () => Response.json(body),
    requestTimeoutMs: 5_000,
  };
}

function account(
  network: 'telegram' | 'discord',
  secret: unknown,
  settings: Record<string, unknown>,
): Account {
  return {
    channelId: 'channel-1',
    network,
    handle: '@cadence_bakery',
    serverUrl: network === 'telegram' ? 'https://api.telegram.org' : 'https://discord.com',
    remoteAccountId: null,
    settings,
    secret: JSON.stringify(secret),
    app: null,
    expiry: { accessExpiresAt: null, refreshExpiresAt: null },
    saveSecret: async () => {},
  };
}

const post: OutgoingPost = {
  targetId: 't1',
  idempotencyKey: 'cadence-t1',
  text: 'Pretzels at noon',
  images: [],
  firstAttemptAt: Date.UTC(2026, 10, 25, 12),
};

async function failure(work: Promise<unknown>): Promise<ConnectorError> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('an accepted post answered in words Cadence cannot read', () => {
  it('Telegram: sendMessage said ok without a message, so it may be in the channel', async () => {
    const telegram = telegramConnector(answering({ ok: true, result: { sent: 'yes' } }));
    const stored = account(
      'telegram',
      { botToken: '123:abc' },
      { chatId: -100, chatUsername: 'cadence_bakery', botUsername: null },
    );
    expect(await failure(telegram.publish(stored, post))).toMatchObject({ kind: 'unknown' });
    expect(await failure(telegram.profile(stored))).toMatchObject({ kind: 'server' });
  });

  it('Discord: the webhook answered 200 without a message id, so it may be in the channel', async () => {
    const discord = discordConnector(answering({ posted: true }));
    const stored = account('discord', { webhookUrl: 'https://discord.com/api/webhooks/1/abc' }, {});
    expect(await failure(discord.publish(stored, post))).toMatchObject({ kind: 'unknown' });
    expect(await failure(discord.profile(stored))).toMatchObject({ kind: 'server' });
  });
});
