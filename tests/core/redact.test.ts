// What the redactor takes out of text before Cadence stores or shows it, and what it leaves.
import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { memorySecretStore, RecordingNotifier } from '../../src-main/core/ports';
import { REDACTED, redactDeep, redactPatterns } from '../../src-main/core/redact';
import { SecretRedactor } from '../../src-main/core/secret-redactor';

const BOT_TOKEN = '7312345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0';

describe('credentials by their shape', () => {
  it.each([
    [
      'a Telegram bot token in a Bot API path',
      `<h1>404</h1><p>No route for POST /bot${BOT_TOKEN}/sendMessage</p>`,
      `<h1>404</h1><p>No route for POST /bot${REDACTED}/sendMessage</p>`,
    ],
    [
      'a percent-encoded one',
      '/bot7312345678%3AAAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0/getMe',
      `/bot${REDACTED}/getMe`,
    ],
    ['a bare bot token', `token ${BOT_TOKEN} revoked`, `token ${REDACTED} revoked`],
    [
      'a Discord webhook',
      'Unknown Webhook https://discord.com/api/webhooks/1234567890/Tq-9sW_x?wait=true',
      `Unknown Webhook https://discord.com/api/webhooks/${REDACTED}?wait=true`,
    ],
    [
      'a Discord webhook with an API version',
      'POST /api/v10/webhooks/1234567890/Tq-9sW_x failed',
      `POST /api/webhooks/${REDACTED} failed`,
    ],
    [
      'a Slack hook',
      'at https://hooks.slack.com/services/T000/B000/XXXXXXXX',
      `at https://hooks.slack.com/${REDACTED}`,
    ],
    [
      'Zapier and n8n hooks',
      'https://hooks.zapier.com/hooks/catch/123/abc/ and http://n8n.local/webhook/5f1c-aa',
      `https://hooks.zapier.com/${REDACTED} and http://n8n.local/webhook/${REDACTED}`,
    ],
    [
      'secret-looking query values',
      'GET /feed?access_token=abc123&page=2&api_key=k&signature=s&X-Amz-Signature=q',
      `GET /feed?access_token=${REDACTED}&page=2&api_key=${REDACTED}&signature=${REDACTED}&X-Amz-Signature=${REDACTED}`,
    ],
    [
      'user:pass@ in a URL',
      'could not reach https://owner:hunter22@shop.example/hook',
      `could not reach https://${REDACTED}@shop.example/hook`,
    ],
    [
      'Authorization headers',
      'Authorization: Bearer abc.def-123\nauthorization=Basic b3duZXI6aHVudGVy',
      `Authorization: ${REDACTED}\nauthorization=${REDACTED}`,
    ],
    ['a bare bearer token', 'sent Bearer Zm9vYmFy== twice', `sent Bearer ${REDACTED} twice`],
    ['an API key header', 'X-Api-Key: 9f8e7d6c', `X-Api-Key: ${REDACTED}`],
    [
      'secret fields in JSON',
      '{"error":"bad","access_token":"abc\\"def","refreshJwt":"xyz"}',
      `{"error":"bad","access_token":"${REDACTED}","refreshJwt":"${REDACTED}"}`,
    ],
    [
      'a JSON Web Token',
      'session eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOmFiYyJ9.c2lnbmF0dXJl expired',
      `session ${REDACTED} expired`,
    ],
  ])('takes out %s', (_case, text, expected) => {
    expect(redactPatterns(text)).toBe(expected);
  });

  it('leaves ordinary words, times, handles and post addresses alone', () => {
    const text =
      'Telegram refused the post: 400 Bad Request: chat not found at 12:30. Published on Bluesky ' +
      '(shop.test) https://bsky.app/profile/did:plc:abc/post/3kq2 and https://t.me/cadence_bakery/1; ' +
      '{"error_code":400,"description":"Bad Request"} Retry-After: 30, Bot API authorization failed.';
    expect(redactPatterns(text)).toBe(text);
  });

  it('redacts every string of a JSON-like value, keeping its keys and other values', () => {
    expect(
      redactDeep(
        { httpStatus: 404, serverAnswer: `/bot${BOT_TOKEN}/x`, list: ['Bearer abcdef'] },
        redactPatterns,
      ),
    ).toEqual({ httpStatus: 404, serverAnswer: `/bot${REDACTED}/x`, list: [`Bearer ${REDACTED}`] });
  });
});

describe('known secrets, exactly', () => {
  it('takes out every secret that passed through the keychain, whatever its shape', async () => {
    const redactor = new SecretRedactor();
    const secrets = redactor.watch(memorySecretStore());
    await secrets.set(
      'channel:a',
      JSON.stringify({ accessToken: 'plain words token 42', clientId: 'cadence-client-id-1' }),
    );
    await secrets.set(
      'channel:b',
      JSON.stringify({
        url: 'https://shop.example/incoming/ab12cd34ef56gh78ij?x=1',
        signingSecret: 's3cret-s3cret-1',
      }),
    );
    expect(redactor.redact('The server said: plain words token 42 is wrong')).toBe(
      `The server said: ${REDACTED} is wrong`,
    );
    expect(redactor.redact('POST https://shop.example/incoming/ab12cd34ef56gh78ij?x=1 failed')).toBe(
      `POST https://shop.example/${REDACTED} failed`,
    );
    expect(redactor.redact('No route for /incoming/ab12cd34ef56gh78ij')).toBe(
      `No route for /incoming/${REDACTED}`,
    );
    expect(redactor.redact('key s3cret-s3cret-1 and s3cret-s3cret-1')).toBe(
      `key ${REDACTED} and ${REDACTED}`,
    );
    expect(redactor.redact('plain%20words%20token%2042')).toBe(REDACTED);
    // Not credentials: the client id, and short parts of an address.
    expect(redactor.redact('client cadence-client-id-1 at /incoming')).toBe(
      'client cadence-client-id-1 at /incoming',
    );
  });

  it('learns secrets read back from the keychain, and a new value for a key replaces the old', async () => {
    const store = memorySecretStore();
    await store.set(
      'channel:a',
      JSON.stringify({ appPassword: 'abcd-efgh-ijkl-mnop', identifier: 'shop.test' }),
    );
    const redactor = new SecretRedactor();
    const watched = redactor.watch(store);
    expect(redactor.redact('abcd-efgh-ijkl-mnop')).toBe('abcd-efgh-ijkl-mnop');
    await watched.get('channel:a');
    expect(redactor.redact('sign-in abcd-efgh-ijkl-mnop for shop.test')).toBe(
      `sign-in ${REDACTED} for shop.test`,
    );
    await watched.set('channel:a', JSON.stringify({ appPassword: 'qrst-uvwx-yzab-cdef' }));
    expect(redactor.redact('qrst-uvwx-yzab-cdef')).toBe(REDACTED);
    expect(watched.encrypted).toBe(false);
  });

  it('redacts notices before they are shown', async () => {
    const redactor = new SecretRedactor();
    await redactor
      .watch(memorySecretStore())
      .set('channel:a', JSON.stringify({ botToken: 'opaque-bot-secret' }));
    const shown = new RecordingNotifier();
    redactor
      .guard(shown)
      .notify({ kind: 'failure', title: 'Telegram', body: 'Token opaque-bot-secret revoked' });
    expect(shown.notices).toEqual([
      { kind: 'failure', title: 'Telegram', body: `Token ${REDACTED} revoked` },
    ]);
  });
});

describe('a connector’s error', () => {
  it('carries no credential-shaped text in its message or server answer, not even to a log', () => {
    const error = new ConnectorError('config', `No Bot API at /bot${BOT_TOKEN}/getMe.`, {
      httpStatus: 404,
      serverAnswer: `Cannot POST /bot${BOT_TOKEN}/getMe`,
    });
    expect(error.message).toBe(`No Bot API at /bot${REDACTED}/getMe.`);
    expect(error.details).toEqual({ httpStatus: 404, serverAnswer: `Cannot POST /bot${REDACTED}/getMe` });
    expect(new ConnectorError('offline', 'Could not reach Telegram.').details).toEqual({});
  });
});
