// Stands in for the PowerSync Service, whose Docker image cannot be fetched here (docs/scale.md,
// "The spike"). It speaks the service's published sync protocol to the real PowerSync client:
// POST /sync/stream answers newline-delimited JSON (checkpoint, checkpoint_diff, data,
// checkpoint_complete, token_expires_in), and GET /write-checkpoint2.json gives the checkpoint a
// device waits for after uploading. Operations come from the sync_ops table that a trigger fills
// on every change to posts, and Postgres NOTIFY wakes the open streams. It implements no
// compaction, no priorities and no sync rules beyond "members get their workspaces' posts".
import type { ServerResponse } from 'node:http';
import pg, { type Pool } from 'pg';
import { readJson, sendJson, startLoopbackServer, type Identities, type WireBytes } from './loopback-http';
import { workspaceBucket } from './workspace-schema';

export interface SyncService {
  url: string;
  /** Bytes streamed to each device so far. */
  readonly bytesTo: Map<string, number>;
  wire(): WireBytes;
  close(): Promise<void>;
}

interface OpenStream {
  device: string;
  clientId: string;
  buckets: string[];
  /** Per bucket, the last op id this stream has sent (or the client said it had). */
  after: Map<string, number>;
  sentCheckpoint: boolean;
  response: ServerResponse;
  /** Pushes run one at a time per stream, in the order they were asked for. */
  queue: Promise<void>;
}

interface StreamRequest {
  client_id?: string;
  buckets?: Array<{ name: string; after: string }>;
}

export async function startSyncService(
  pool: Pool,
  databaseUrl: string,
  identities: Identities,
): Promise<SyncService> {
  const streams = new Set<OpenStream>();
  const bytesTo = new Map<string, number>();

  const write = (stream: OpenStream, line: unknown) => {
    const text = `${JSON.stringify(line)}\n`;
    if (process.env.SPIKE_DEBUG) console.error(`[sync -> ${stream.device}]`, text.trim().slice(0, 400));
    bytesTo.set(stream.device, (bytesTo.get(stream.device) ?? 0) + Buffer.byteLength(text));
    stream.response.write(text);
  };

  const pushCheckpoint = async (stream: OpenStream) => {
    const last = await pool.query<{ op_id: string | null }>('select max(op_id) as op_id from sync_ops');
    const lastOpId = Number(last.rows[0]?.op_id ?? 0);
    const sums = await pool.query<{ bucket: string; count: string; checksum: string }>(
      `select bucket, count(*) as count, coalesce(sum(checksum), 0) as checksum from sync_ops
       where bucket = any($1) and op_id <= $2 group by bucket`,
      [stream.buckets, lastOpId],
    );
    const written = await pool.query<{ op_id: string }>(
      'select op_id from write_checkpoints where client_id = $1',
      [stream.clientId],
    );
    const buckets = stream.buckets.map((bucket) => {
      const sum = sums.rows.find((row) => row.bucket === bucket);
      // Checksums add with 32-bit wrap-around, as the protocol's clients add them.
      return {
        bucket,
        count: Number(sum?.count ?? 0),
        checksum: Number(sum?.checksum ?? 0) | 0,
        priority: 3,
      };
    });
    const checkpoint = {
      last_op_id: String(lastOpId),
      write_checkpoint: written.rows[0] ? String(written.rows[0].op_id) : undefined,
    };
    write(
      stream,
      stream.sentCheckpoint
        ? { checkpoint_diff: { ...checkpoint, updated_buckets: buckets, removed_buckets: [] } }
        : { checkpoint: { ...checkpoint, buckets } },
    );
    stream.sentCheckpoint = true;
    for (const bucket of stream.buckets) {
      const after = stream.after.get(bucket) ?? 0;
      if (after >= lastOpId) continue;
      const ops = await pool.query<{
        op_id: string;
        object_type: string;
        object_id: string;
        data: string | null;
        checksum: number;
      }>('select * from sync_ops where bucket = $1 and op_id > $2 and op_id <= $3 order by op_id', [
        bucket,
        after,
        lastOpId,
      ]);
      const data = ops.rows.map((op) => ({
        op_id: String(op.op_id),
        op: op.data === null ? 'REMOVE' : 'PUT',
        object_type: op.object_type,
        object_id: op.object_id,
        checksum: op.checksum,
        ...(op.data === null ? {} : { data: op.data }),
      }));
      if (data.length > 0) {
        write(stream, {
          data: { bucket, data, has_more: false, after: String(after), next_after: String(lastOpId) },
        });
      }
      stream.after.set(bucket, lastOpId);
    }
    write(stream, { checkpoint_complete: { last_op_id: String(lastOpId) } });
  };

  const schedulePush = (stream: OpenStream) => {
    stream.queue = stream.queue
      .then(() => pushCheckpoint(stream))
      .catch(() => {
        stream.response.destroy();
      });
  };

  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  listener.on('notification', (message) => {
    for (const stream of streams) if (stream.buckets.includes(message.payload ?? '')) schedulePush(stream);
  });
  await listener.query('listen sync_ops');

  const server = await startLoopbackServer(identities, async (request, response, identity) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/write-checkpoint2.json') {
      const clientId = url.searchParams.get('client_id') ?? '';
      // Uploads are applied before the device asks, so every op up to now includes them.
      const { rows } = await pool.query<{ op_id: string }>(
        `insert into write_checkpoints (client_id, op_id) select $1, coalesce(max(op_id), 0) from sync_ops
         on conflict (client_id) do update set op_id = excluded.op_id returning op_id`,
        [clientId],
      );
      sendJson(response, 200, { data: { write_checkpoint: String(rows[0]!.op_id) } });
      for (const stream of streams) if (stream.clientId === clientId) schedulePush(stream);
      return;
    }
    if (request.method !== 'POST' || url.pathname !== '/sync/stream') {
      sendJson(response, 404, { error: `${request.method} ${url.pathname} is not part of the stand-in` });
      return;
    }
    const body = (await readJson(request)).value as StreamRequest;
    if (process.env.SPIKE_DEBUG) console.error(`[stream request ${identity.device}]`, JSON.stringify(body));
    const memberships = await pool.query<{ workspace_id: string }>(
      'select workspace_id from members where user_id = $1 order by workspace_id',
      [identity.userId],
    );
    const stream: OpenStream = {
      device: identity.device,
      clientId: body.client_id ?? '',
      buckets: memberships.rows.map((row) => workspaceBucket(row.workspace_id)),
      after: new Map((body.buckets ?? []).map((bucket) => [bucket.name, Number(bucket.after)])),
      sentCheckpoint: false,
      response,
      queue: Promise.resolve(),
    };
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    streams.add(stream);
    response.on('close', () => streams.delete(stream));
    write(stream, { token_expires_in: 3600 });
    schedulePush(stream);
  });

  return {
    url: server.url,
    bytesTo,
    wire: server.wire,
    async close() {
      await server.close();
      await listener.end();
    },
  };
}
