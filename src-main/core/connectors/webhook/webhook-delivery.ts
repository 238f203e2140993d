// One signed POST to the owner's webhook, and the receiver's answer sorted into what the owner
// must do. Only the host is ever named: services such as Zapier keep their key in the URL path.
import { z } from 'zod';
import type { ConnectorContext } from '../connector';
import { say } from '../../../shared/messages/owner-message';
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
  const network: HttpNetwork = {
    // Its host alone: a name in words ("the webhook at …") could not be said in the owner's language.
    name: host,
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
  if (answer.status >= 300 && answer.status < 400) {
    throw new ConnectorError(
      'config',
      say('connectors.webhook.redirects', { host, status: answer.status }),
      details,
    );
  }
  if (answer.status === 401 || answer.status === 403) {
    throw new ConnectorError(
      'auth',
      say(
        step === 'test'
          ? 'connectors.webhook.testSignatureRefused'
          : 'connectors.webhook.postSignatureRefused',
        { host, status: answer.status },
      ),
      details,
    );
  }
  if (answer.status === 404 || answer.status === 405 || answer.status === 410) {
    throw new ConnectorError(
      'config',
      say('connectors.webhook.nothingThere', { host, status: answer.status }),
      details,
    );
  }
  if (answer.status === 413) {
    throw new ConnectorError(
      'rejected',
      say(step === 'test' ? 'connectors.webhook.testTooLarge' : 'connectors.webhook.postTooLarge', { host }),
      details,
    );
  }
  const status = answer.status;
  const refused = answer.excerpt
    ? say(step === 'test' ? 'connectors.webhook.testRefusedSaying' : 'connectors.webhook.postRefusedSaying', {
        host,
        status,
        said: answer.excerpt.slice(0, 200),
      })
    : say(step === 'test' ? 'connectors.webhook.testRefused' : 'connectors.webhook.postRefused', {
        host,
        status,
      });
  throw new ConnectorError('rejected', refused, details);
}

function serverAnswer(answer: HttpAnswer): string {
  return `HTTP ${answer.status}${answer.excerpt ? `: ${answer.excerpt}` : ''}`;
}
