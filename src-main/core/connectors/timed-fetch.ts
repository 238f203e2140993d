import type { ConnectorContext } from './connector';

/** A fetch that gives up after the context's timeout, so a hung server never stalls the outbox. */
export function timedFetch(ctx: ConnectorContext): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ctx.requestTimeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return ctx.fetch(input, { ...init, signal });
  };
}
