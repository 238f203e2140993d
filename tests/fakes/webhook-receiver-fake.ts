// A fake receiver for Cadence's outgoing webhook (Zapier, Make, n8n or the owner's own site).
// The contract it holds Cadence to: a JSON POST carrying
//   Idempotency-Key: <key, the same on every retry of one delivery>
//   X-Cadence-Timestamp: <Unix seconds when the request was signed>
//   X-Cadence-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body, keyed with the shared secret>
// A repeated key answers the first response again and stores nothing new.
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  FaultQueue,
  headerValue,
  parseContentType,
  parseJson,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from './http-fake-kit';
import { TransportFaults } from './transport-faults';

export type WebhookReceiverFault =
  | { kind: 'rate-limited'; retryAfter: number }
  | { kind: 'server-error' }
  /** Never answer; with afterHandling the delivery is stored first and only the reply is lost. */
  | { kind: 'hang'; afterHandling?: boolean };

export interface WebhookReceiverOptions {
  secret: string;
  now?: () => number;
  path?: string;
  /** How far X-Cadence-Timestamp may be from the receiver's clock. */
  toleranceSeconds?: number;
}

export interface WebhookDelivery {
  id: string;
  idempotencyKey: string;
  body: unknown;
  raw: Buffer;
  receivedAt: number;
}

export function signWebhookBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export async function startWebhookReceiverFake(options: WebhookReceiverOptions) {
  const now = options.now ?? Date.now;
  const path = options.path ?? '/hooks/cadence';
  const tolerance = options.toleranceSeconds ?? 300;
  const deliveries: WebhookDelivery[] = [];
  const answered = new Map<string, { reply: FakeReply; raw: Buffer }>();
  const violations: string[] = [];
  const faults = new FaultQueue<WebhookReceiverFault>();
  const transport = new TransportFaults();

  const refuse = (status: number, violation: string): FakeReply => {
    violations.push(violation);
    return { status, json: { error: violation } };
  };

  const verify = (request: RecordedRequest): FakeReply | undefined => {
    if (request.method !== 'POST' || request.path !== path)
      return refuse(405, `${request.method} ${request.path}: deliveries are POSTs to ${path}`);
    if (parseContentType(headerValue(request.headers, 'content-type'))?.mediaType !== 'application/json') {
      return refuse(415, 'Content-Type must be application/json');
    }
    if (!parseJson(request.body).ok) return refuse(400, 'the body is not valid JSON');
    if (!headerValue(request.headers, 'idempotency-key'))
      return refuse(400, 'Idempotency-Key header is missing');
    const timestamp = headerValue(request.headers, 'x-cadence-timestamp') ?? '';
    if (!/^\d+$/.test(timestamp)) return refuse(400, 'X-Cadence-Timestamp must be Unix seconds');
    if (Math.abs(Number(timestamp) - now() / 1000) > tolerance)
      return refuse(401, 'X-Cadence-Timestamp is outside the tolerance window');
    const signature = headerValue(request.headers, 'x-cadence-signature') ?? '';
    const expected = signWebhookBody(options.secret, request.body);
    if (!/^sha256=[0-9a-f]{64}$/.test(signature))
      return refuse(401, 'X-Cadence-Signature must be sha256=<hex>');
    if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))
      return refuse(401, 'X-Cadence-Signature does not match the body');
    return undefined;
  };

  const handle = async (request: RecordedRequest): Promise<FakeOutcome> => {
    const refused = verify(request);
    if (refused) return refused;
    const key = headerValue(request.headers, 'idempotency-key') as string;
    const earlier = answered.get(key);
    if (earlier) {
      if (!earlier.raw.equals(request.body))
        violations.push(`Idempotency-Key ${key} was reused for a different body`);
      return earlier.reply;
    }
    const fault = faults.take(request.method, request.path);
    if (fault?.kind === 'hang' && !fault.afterHandling) return 'hang';
    if (fault?.kind === 'rate-limited')
      return {
        status: 429,
        headers: { 'retry-after': String(fault.retryAfter) },
        json: { error: 'Too Many Requests' },
      };
    if (fault?.kind === 'server-error') return { status: 500, json: { error: 'Internal Server Error' } };
    const reply = await transport.apply(request, () => {
      const delivery: WebhookDelivery = {
        id: String(deliveries.length + 1),
        idempotencyKey: key,
        body: JSON.parse(request.body.toString('utf8')) as unknown,
        raw: request.body,
        receivedAt: now(),
      };
      deliveries.push(delivery);
      const stored: FakeReply = { status: 200, json: { status: 'received', id: delivery.id } };
      answered.set(key, { reply: stored, raw: request.body });
      return stored;
    });
    return fault?.kind === 'hang' ? 'hang' : reply;
  };

  const server = await startHttpFake(handle, { now });
  return {
    url: `${server.url}${path}`,
    deliveries,
    faults,
    /** Lost answers after a delivery was stored: a dropped socket, a 502, a drop after a wait. */
    transport,
    violations,
    requests: server.requests,
    close: () => {
      transport.dispose();
      return server.close();
    },
  };
}

export type WebhookReceiverFake = Awaited<ReturnType<typeof startWebhookReceiverFake>>;
