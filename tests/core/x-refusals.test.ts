// X answers the fake cannot give the connector (a tier that forbids posting, problem types
// Cadence has no words for, an empty refusal), sorted and worded as the owner reads them.
import { describe, expect, it } from 'vitest';
import type { HttpAnswer } from '../../src-main/core/connectors/http/http-network';
import { refusalFor } from '../../src-main/core/connectors/x/x-errors';

function answer(status: number, json: unknown): HttpAnswer {
  return { status, json, headers: new Headers(), excerpt: JSON.stringify(json) ?? '' };
}

describe('X refusals the fake does not give', () => {
  it('403 client-forbidden on a post: the API tier does not allow it', () => {
    const refusal = refusalFor(
      answer(403, {
        title: 'Client Forbidden',
        type: 'https://api.x.com/2/problems/client-forbidden',
        reason: 'client-not-enrolled',
        detail:
          'When authenticating requests to the X API v2 endpoints, you must use keys and tokens from an App with the appropriate level of API access.',
      }),
      'publish',
    );
    expect(refusal.kind).toBe('permission');
    expect(refusal.tierForbids).toBe(true);
    expect(refusal.message).toMatch(
      /^Your X API tier does not allow posting through your app \(“When authenticating/,
    );
  });

  it('a problem type Cadence has no words for shows X’s own message, never “Unknown error”', () => {
    const refusal = refusalFor(
      answer(409, {
        title: 'Conflict',
        type: 'https://api.x.com/2/problems/conflict',
        detail: 'A conflict occurred.',
      }),
      'read',
    );
    expect(refusal).toMatchObject({
      kind: 'rejected',
      message: 'X refused the request (“A conflict occurred.”).',
      details: { httpStatus: 409, serverAnswer: 'A conflict occurred.' },
    });
  });

  it('an empty refusal names its status', () => {
    expect(refusalFor(answer(422, null), 'publish').message).toBe(
      'X refused the post (HTTP 422). Edit the post to fix that, then publish again.',
    );
  });
});
