// Faults of the connection rather than of the service, shared by the fakes of X, Meta,
// Threads and LinkedIn. Each one lets the request take effect first (the post exists on the
// server) and then loses the answer: the socket is cut, a gateway answers 502 instead, or the
// answer never comes and the socket is cut later. These are the cases where a client cannot
// know whether its request reached the server.
import {
  FaultQueue,
  type FakeOutcome,
  type FakeReply,
  type FaultMatch,
  type RecordedRequest,
} from './http-fake-kit';

export type TransportFault =
  /** Handle the request, then destroy the socket without answering. */
  | { kind: 'drop-after-handling' }
  /** Handle the request, then answer 502 with a gateway's HTML page instead of the service's answer. */
  | { kind: 'bad-gateway-after-handling' }
  /** Handle the request, wait `waitMs` of real time, then destroy the socket without answering. */
  | { kind: 'drop-after-wait'; waitMs: number };

/** Each transport fault with the words a test names it by, for tests that try them all. */
export const TRANSPORT_FAULTS: Array<[string, TransportFault]> = [
  ['the socket is cut', { kind: 'drop-after-handling' }],
  ['a gateway answers 502', { kind: 'bad-gateway-after-handling' }],
  ['the socket is cut after a wait', { kind: 'drop-after-wait', waitMs: 500 }],
];

export const BAD_GATEWAY: FakeReply = {
  status: 502,
  text: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
  contentType: 'text/html',
};

export class TransportFaults {
  private readonly queue = new FaultQueue<TransportFault>();
  private readonly timers = new Set<NodeJS.Timeout>();

  /** Queues a fault for the next request matching `match` (path is the request path, e.g. /2/tweets). */
  add(fault: TransportFault, match: FaultMatch = {}): void {
    this.queue.add(fault, match);
  }

  get pending(): number {
    return this.queue.pending;
  }

  clear(): void {
    this.queue.clear();
  }

  /** Runs the handler, so the request takes effect, then applies the first matching fault to its answer. */
  async apply(request: RecordedRequest, handle: () => FakeReply | Promise<FakeReply>): Promise<FakeOutcome> {
    const fault = this.queue.take(request.method, request.path);
    const reply = await handle();
    if (!fault) return reply;
    if (fault.kind === 'bad-gateway-after-handling') return BAD_GATEWAY;
    if (fault.kind === 'drop-after-wait') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, fault.waitMs);
        this.timers.add(timer);
      });
    }
    return 'destroy';
  }

  /** Ends pending waits, for a fake that is closing. */
  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
