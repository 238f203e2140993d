// One signed POST to the owner's webhook, and the receiver's answer sorted into what the owner
// must do. Only the host is ever named: services such as Zapier keep their key in the URL path.
import { z } from 'zod';
import type { ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { httpCall } from '../http/http-call';
import type { HttpAnswer, HttpNetwork } from '../http/http-network';

/** What a receiver may say about what it made; both fields are optional. */
const ReceiverAnswer = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  url: z.string().url().optional(),
});

export interface Delivered {
  id: string | null;
  url: string | null;
}

export async function deliver(
  ctx: ConnectorContext,
  url: string,
  body: string,
  headers: Record<string, string>,
  step: 'test' | 'publish',
): Promise<Delivered> {
  const host = new URL(url).host;
  const name = `The webhook at ${host}`;
  const network: HttpNetwork = {
    name: `the webhook at ${host}`,
    // By contract a receiver answers a repeated Idempotency-Key as it did the first time.
    recognisesResend: true,
    // The URL may hold the receiver's key (Zapier) and the body is signed with the secret.
    secretInEveryRequest: true,
    serverAnswer,
  };
  // A redirected POST would arrive elsewhere as a GET, so a redirect is reported instead of followed.
  const answer = await httpCall(ctx, network, { url, headers, body, redirect: 'manual' });
  if (answer.status >= 200 && answer.status < 300) {
    const said = ReceiverAnswer.safeParse(answer.json);
    return {
      id: said.success && said.data.id !== undefined ? String(said.data.id) : null,
      url: said.success ? (said.data.url ?? null) : null,
    };
  }
  const details = { httpStatus: answer.status, serverAnswer: serverAnswer(answer) };
  const what = step === 'test' ? 'the test' : 'the post';
  if (answer.status >= 300 && answer.status < 400) {
    throw new ConnectorError(
      'config',
      `${name} redirects to another address (HTTP ${answer.status}). Put the final address in Settings.`,
      details,
    );
  }
  if (answer.status === 401 || answer.status === 403) {
    throw new ConnectorError(
      'auth',
      `${name} refused Cadence's signature (HTTP ${answer.status}). Check that the signing secret in Settings matches the one the receiver checks${step === 'test' ? '' : ', then reconnect the webhook'}.`,
      details,
    );
  }
  if (answer.status === 404 || answer.status === 405 || answer.status === 410) {
    throw new ConnectorError(
      'config',
      `Nothing at ${host} takes webhooks at that address (HTTP ${answer.status}). Check the webhook URL in Settings.`,
      details,
    );
  }
  if (answer.status === 413) {
    throw new ConnectorError(
      'rejected',
      `${name} refused ${what} as too large (HTTP 413), usually because of its photos. Send fewer or smaller photos.`,
      details,
    );
  }
  const reason = answer.excerpt ? `: ${answer.excerpt.slice(0, 200)}` : '';
  throw new ConnectorError('rejected', `${name} refused ${what} (HTTP ${answer.status}${reason}).`, details);
}

function serverAnswer(answer: HttpAnswer): string {
  return `HTTP ${answer.status}${answer.excerpt ? `: ${answer.excerpt}` : ''}`;
}
