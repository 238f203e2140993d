// The workspace backend Cadence would host beside PowerSync (docs/scale.md): the write endpoint
// every device's uploadData() calls, and the publish lease. Both run against the workspace's
// Postgres, and both decide on the server, where two devices cannot both be right.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { applyChange, RefusedWrite, type UploadedChange } from './apply-upload';
import {
  readJson,
  sendJson,
  startLoopbackServer,
  type Identities,
  type Identity,
  type WireBytes,
} from './loopback-http';
import { acquireLease, publishedAttempt, recordPublished, recordSending } from './publish-lease';

export interface WorkspaceBackend {
  url: string;
  /** Bytes of every upload body received, one entry per request. */
  readonly uploadBytes: number[];
  /** Changes refused by the rules, with the reason sent back. */
  readonly refused: string[];
  wire(): WireBytes;
  close(): Promise<void>;
}

/** One PowerSync transaction, applied in one Postgres transaction. */
async function upload(pool: Pool, identity: Identity, changes: UploadedChange[]): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const copies: string[] = [];
    for (const change of changes) {
      const copy = await applyChange(client, identity.userId, change);
      if (copy) copies.push(copy);
    }
    await client.query('commit');
    return copies;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

interface LeaseRequest {
  targetKey: string;
  postId: string;
  token: number;
  ttlMs: number;
  remoteId: string;
  remoteUrl: string | null;
}

export async function startWorkspaceBackend(pool: Pool, identities: Identities): Promise<WorkspaceBackend> {
  const uploadBytes: number[] = [];
  const refused: string[] = [];

  const routes: Record<
    string,
    (body: unknown, identity: Identity, response: ServerResponse) => Promise<void>
  > = {
    '/upload': async (body, identity, response) => {
      try {
        const conflictCopies = await upload(pool, identity, (body as { changes: UploadedChange[] }).changes);
        sendJson(response, 200, { conflictCopies });
      } catch (error) {
        if (!(error instanceof RefusedWrite)) throw error;
        // A refusal is final: the device drops the change and the next sync restores the server's row.
        refused.push(error.message);
        sendJson(response, 403, { error: error.message });
      }
    },
    '/lease/acquire': async (body, identity, response) => {
      const request = body as LeaseRequest;
      sendJson(response, 200, await acquireLease(pool, { ...request, device: identity.device }));
    },
    '/lease/sending': async (body, identity, response) => {
      const request = body as LeaseRequest;
      sendJson(response, 200, {
        recorded: await recordSending(pool, { ...request, device: identity.device }),
      });
    },
    '/lease/published': async (body, _identity, response) => {
      sendJson(response, 200, await recordPublished(pool, body as LeaseRequest));
    },
    '/lease/outcome': async (body, _identity, response) => {
      sendJson(response, 200, { published: await publishedAttempt(pool, (body as LeaseRequest).targetKey) });
    },
  };

  const server = await startLoopbackServer(
    identities,
    async (request: IncomingMessage, response, identity) => {
      const route = request.method === 'POST' ? routes[request.url ?? ''] : undefined;
      if (!route) {
        sendJson(response, 404, { error: `${request.method} ${request.url} is not a route` });
        return;
      }
      const { value, bytes } = await readJson(request);
      if (request.url === '/upload') uploadBytes.push(bytes);
      await route(value, identity, response);
    },
  );
  return { url: server.url, uploadBytes, refused, wire: server.wire, close: () => server.close() };
}
