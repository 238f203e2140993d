// Meta's error answers sorted into what the owner must do, for the cases the fake Graph API does
// not produce on its own: waits without a business-use-case header, a retired Graph version,
// temporary failures of reads and writes, and a refused app secret at sign-in.
import { describe, expect, it } from 'vitest';
import {
  refusalFor,
  regainAt,
  type RefusalContext,
} from '../../src-main/core/connectors/meta-graph/graph-errors';
import { GRAPH_API_VERSION } from '../../src-main/core/connectors/meta-graph/meta-endpoints';
import type { HttpAnswer } from '../../src-main/core/connectors/http/http-network';
import { MINUTE } from '../support/time';

const NOW = Date.UTC(2026, 10, 25, 12);

function answer(
  error: Record<string, unknown>,
  headers: Record<string, string> = {},
  status = 400,
): HttpAnswer {
  const json = { error: { type: 'OAuthException', fbtrace_id: 'x', ...error } };
  return { status, headers: new Headers(headers), json, excerpt: JSON.stringify(json) };
}

const publishing: RefusalContext = {
  label: 'Facebook',
  during: 'publish',
  write: true,
  now: NOW,
  objectId: '42',
};

describe('Meta rate limits', () => {
  it('waits as long as X-Business-Use-Case-Usage says for this Page, else an hour', () => {
    const usage = JSON.stringify({
      '42': [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 7 }],
      '99': [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 50 }],
    });
    const headers = new Headers({ 'x-business-use-case-usage': usage });
    expect(regainAt(headers, '42', NOW)).toBe(NOW + 7 * MINUTE);
    expect(regainAt(headers, undefined, NOW)).toBe(NOW + 50 * MINUTE);
    // X-App-Usage gives percentages only: Meta's window is an hour.
    expect(regainAt(new Headers({ 'x-app-usage': '{"call_count":100}' }), '42', NOW)).toBe(NOW + 60 * MINUTE);
    expect(regainAt(new Headers({ 'x-business-use-case-usage': 'not json' }), '42', NOW)).toBe(
      NOW + 60 * MINUTE,
    );
  });

  it('an app-level limit without a wait named is retried after an hour', () => {
    const refusal = refusalFor(
      answer({ code: 4, message: '(#4) Application request limit reached' }),
      publishing,
    );
    expect(refusal).toMatchObject({ kind: 'rate-limited', details: { retryAt: NOW + 60 * MINUTE } });
    expect(refusal.message).toContain('(#4) Application request limit reached');
  });
});

describe('other Meta answers', () => {
  it('a retired Graph API version asks the owner to update Cadence', () => {
    const refusal = refusalFor(
      answer({ code: 12, message: '(#12) This endpoint is deprecated since the requested API version' }),
      publishing,
    );
    expect(refusal.kind).toBe('config');
    expect(refusal.message).toContain(GRAPH_API_VERSION);
    expect(refusal.message).toContain('Update Cadence');
  });

  it('a temporary failure may hide a write that went through, but not a read', () => {
    const temporary = answer({ code: 2, message: 'An unexpected error has occurred.', is_transient: true });
    expect(refusalFor(temporary, publishing).kind).toBe('unknown');
    expect(refusalFor(temporary, { ...publishing, during: 'read', write: false }).kind).toBe('server');
  });

  it('at sign-in, a refused app secret says to check the App ID and Secret', () => {
    const refusal = refusalFor(answer({ code: 1, message: 'Error validating client secret.' }), {
      ...publishing,
      during: 'sign-in',
      write: false,
    });
    expect(refusal).toMatchObject({ kind: 'auth', message: expect.stringContaining('App ID and Secret') });
  });

  it('9007 (media not ready) is a retryable wait, since nothing was posted', () => {
    const refusal = refusalFor(
      answer({ code: 9007, error_subcode: 2207027, message: 'Media ID is not available' }),
      {
        ...publishing,
        label: 'Instagram',
      },
    );
    expect(refusal).toMatchObject({ kind: 'server', message: expect.stringContaining('nothing was posted') });
  });

  it('a photo of the wrong shape is explained, and the rest in Meta’s own words', () => {
    const shape = refusalFor(
      answer({ code: 36003, error_subcode: 2207009, error_user_msg: 'The aspect ratio is not supported.' }),
      { ...publishing, label: 'Instagram' },
    );
    expect(shape.message).toContain('4:5 (portrait) to 1.91:1 (landscape)');
    const plain = refusalFor(answer({ code: 1609005, message: 'Error posting link' }, {}, 400), publishing);
    expect(plain.message).toBe(
      'Facebook refused the post (“Error posting link”). Edit the post to fix that, then publish again.',
    );
    expect(plain.details.serverAnswer).toBe('#1609005 Error posting link');
  });
});
