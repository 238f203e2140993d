// X's and LinkedIn's refusals reach the owner in German: the outbox stores their keys (and the
// sentence after them), and the renderer says them from the German catalog with the network's
// own words as they are.
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import type { HttpAnswer } from '../../src-main/core/connectors/http/http-network';
import {
  refusalFor as xRefusalFor,
  troubleFor as xTroubleFor,
} from '../../src-main/core/connectors/x/x-errors';
import { NEEDS } from '../../src-main/core/connectors/linkedin/linkedin-accounts';
import {
  refusalFor as linkedInRefusalFor,
  troubleFor as linkedInTroubleFor,
} from '../../src-main/core/connectors/linkedin/linkedin-errors';
import { failureResult } from '../../src-main/core/outbox/retry-policy';
import { failureWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';

afterEach(() => applyLanguageChoice('en'));

const NOW = Date.parse('2026-12-05T09:00:00Z');

function answer(status: number, json: unknown, headers: Record<string, string> = {}): HttpAnswer {
  return { status, json, headers: new Headers(headers), excerpt: JSON.stringify(json) ?? '' };
}

/** What the owner reads for a failed attempt, in German. */
async function inGerman(error: ConnectorError): Promise<string> {
  const result = failureResult(error, 1, NOW, () => 0);
  expect(result.lastErrorKey).not.toBeNull();
  await applyLanguageChoice('de');
  return failureWords(result.lastError!, result.lastErrorKey ?? null);
}

describe('X in German', () => {
  it('says a refused photo with X’s own words quoted', async () => {
    const refusal = xRefusalFor(
      answer(400, { title: 'Invalid Request', detail: 'Image too large.' }),
      'upload',
      { part: 'photo', file: 'cake.png' },
    );
    expect(refusal.message).toBe(
      'X refused the photo “cake.png” (“Image too large.”). Change it, then publish again.',
    );
    expect(await inGerman(refusal)).toBe(
      'X hat das Foto „cake.png“ abgelehnt („Image too large.“). Ändern Sie es und veröffentlichen Sie dann erneut.',
    );
  });

  it('says a spent 24-hour limit and when Cadence tries again, both sentences keyed', async () => {
    const limited = answer(
      429,
      { title: 'Too Many Requests', detail: 'Too Many Requests' },
      {
        'x-user-limit-24hour-limit': '17',
        'x-user-limit-24hour-remaining': '0',
        'x-user-limit-24hour-reset': String((NOW + 30 * 60_000) / 1000),
      },
    );
    const trouble = xTroubleFor(new ConnectorError('rate-limited', 'HTTP 429'), limited, NOW);
    expect(trouble.message).toBe(
      'X lets your account post 17 times in 24 hours, and that is used up; Cadence will try again in 30 minutes.',
    );
    expect(await inGerman(trouble)).toMatch(
      /^X lässt Ihr Konto 17-mal in 24 Stunden posten, und das ist ausgeschöpft; Cadence versucht es in 30 Minuten erneut\./,
    );
  });

  it('says a spent limit whose size X did not give without a number, and a reset it did not give as later', async () => {
    const limited = answer(429, {}, { 'x-app-limit-24hour-remaining': '0' });
    const trouble = xTroubleFor(new ConnectorError('rate-limited', 'HTTP 429'), limited, NOW);
    expect(trouble.message).toBe(
      'X lets your app post only so many times in 24 hours, and that is used up; Cadence will try again later.',
    );
    expect(await inGerman(trouble)).toMatch(
      /^X lässt Ihre App nur begrenzt oft in 24 Stunden posten, und das ist ausgeschöpft; Cadence versucht es später erneut\./,
    );
  });
});

describe('LinkedIn in German', () => {
  it('says which permission a Page post lacks and what to add, with LinkedIn’s own words quoted', async () => {
    const refusal = linkedInRefusalFor(
      answer(403, { status: 403, code: 'ACCESS_DENIED', message: 'Not enough permissions' }),
      'publish',
      NEEDS.organizationPosts,
    );
    expect(refusal.message).toBe(
      "LinkedIn refused the post: Cadence's sign-in lacks the w_organization_social permission (“Not enough permissions”). In your LinkedIn app, add the “Community Management API” product (and check that you are an administrator of the Page), then reconnect LinkedIn in Settings.",
    );
    expect(await inGerman(refusal)).toMatch(
      /^LinkedIn hat den Beitrag abgelehnt: Der Anmeldung von Cadence fehlt die Berechtigung w_organization_social \(„Not enough permissions“\)\. Fügen Sie Ihrer LinkedIn-App das Produkt „Community Management API“ hinzu \(und prüfen Sie, ob Sie Administrator der Seite sind\)/,
    );
  });

  it('says a spent daily limit with the hours until midnight UTC', async () => {
    const trouble = linkedInTroubleFor(
      new ConnectorError('rate-limited', 'HTTP 429'),
      answer(429, { status: 429, message: 'Resource level throttle limit exceeded' }),
      NOW,
    );
    expect(trouble.message).toBe(
      "LinkedIn's daily limit for your app is used up (“Resource level throttle limit exceeded”); Cadence will try again after midnight UTC, in about 15 hours.",
    );
    expect(await inGerman(trouble)).toMatch(
      /^Das Tageslimit Ihrer App bei LinkedIn ist ausgeschöpft \(„Resource level throttle limit exceeded“\); Cadence versucht es nach Mitternacht UTC erneut, in etwa 15 Stunden\./,
    );
  });
});
