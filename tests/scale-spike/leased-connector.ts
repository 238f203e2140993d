// A device sends a workspace post only under the server's publish lease (docs/scale.md). The
// spike wraps the real webhook connector instead of changing the outbox: before the request
// leaves, the lease is taken and the attempt stored with its fencing token; after, the answer is
// stored with the attempt. A lease held elsewhere reads to the core as "wait until it ends"; a
// target already out reads as published, with the other device's result. The idempotency key
// comes from the workspace target, so every device's send of it is one send to the network.
import { createHash } from 'node:crypto';
import type { Clock } from '../../src-main/core/clock';
import type {
  Account,
  Connector,
  OutgoingPost,
  Published,
  Verification,
} from '../../src-main/core/connectors/connector';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import type { LeaseAnswer } from './publish-lease';

export interface WorkspaceTarget {
  targetKey: string;
  postId: string;
}

export interface LeaseClient {
  clock: Clock;
  backendUrl: string;
  token: string;
  ttlMs: number;
  /** The workspace target a local target stands for; undefined for posts that do not sync. */
  targetOf(localTargetId: string): WorkspaceTarget | undefined;
}

async function ask<T>(client: LeaseClient, path: string, body: object): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${client.backendUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
      body: JSON.stringify(body),
    });
  } catch {
    // Asked before anything was sent to the network: nothing left this computer.
    throw new ConnectorError('offline', 'The workspace server cannot be reached; Cadence will try again.');
  }
  if (!response.ok) throw new ConnectorError('offline', `The workspace server answered ${response.status}.`);
  return (await response.json()) as T;
}

function sharedKey(target: WorkspaceTarget): string {
  return `cadence-${createHash('sha256').update(target.targetKey).digest('hex').slice(0, 32)}`;
}

export function leasedConnector(inner: Connector, client: LeaseClient): Connector {
  /** What any device's attempt is known to have published, then what the network says. */
  const reconcile = async (
    account: Account,
    post: OutgoingPost,
    target: WorkspaceTarget,
  ): Promise<Verification> => {
    const known = await ask<{ published: Published | null }>(client, '/lease/outcome', target);
    if (known.published) return { status: 'published', ...known.published };
    return inner.verify(account, post, null);
  };

  const publish = async (account: Account, post: OutgoingPost): Promise<Published> => {
    const target = client.targetOf(post.targetId);
    if (!target) return inner.publish(account, post);
    const shared = { ...post, idempotencyKey: sharedKey(target) };
    const lease = await ask<LeaseAnswer>(client, '/lease/acquire', { ...target, ttlMs: client.ttlMs });
    switch (lease.kind) {
      case 'published':
        return { remoteId: lease.remoteId, remoteUrl: lease.remoteUrl };
      case 'held':
        throw new ConnectorError(
          'rate-limited',
          `Another device (${lease.holder}) is publishing this post.`,
          {
            retryAt: client.clock.now() + lease.retryInMs,
          },
        );
      case 'not-approved':
        throw new ConnectorError('permission', 'This post is waiting for a reviewer to approve it.');
    }
    if (lease.unsettled) {
      // An earlier holder may have sent it: reconcile before retrying, as after a crash here.
      const found = await reconcile(account, shared, target);
      if (found.status === 'published') return { remoteId: found.remoteId, remoteUrl: found.remoteUrl };
      if (found.status === 'cannot-tell') {
        throw new ConnectorError(
          'unknown',
          `${lease.unsettled.device} may have sent this post: ${found.reason.message}`,
        );
      }
    }
    const sending = await ask<{ recorded: boolean }>(client, '/lease/sending', {
      ...target,
      token: lease.token,
    });
    if (!sending.recorded) {
      throw new ConnectorError('rate-limited', 'The publish lease ended before sending; asking again.', {
        retryAt: client.clock.now(),
      });
    }
    const sent = await inner.publish(account, shared);
    // The post is out whatever happens next: a failed record here is found by the next reconcile.
    await ask(client, '/lease/published', { ...target, token: lease.token, ...sent }).catch(() => undefined);
    return sent;
  };

  const verify = async (
    account: Account,
    post: OutgoingPost,
    remoteId: string | null,
  ): Promise<Verification> => {
    const target = client.targetOf(post.targetId);
    if (!target) return inner.verify(account, post, remoteId);
    const shared = { ...post, idempotencyKey: sharedKey(target) };
    return remoteId ? inner.verify(account, shared, remoteId) : reconcile(account, shared, target);
  };

  return { ...inner, publish, verify };
}
