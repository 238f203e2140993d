// The server-side publish lease (docs/scale.md, "Exactly once across devices"). One row per
// workspace target; Postgres decides who holds it in a single statement, so two devices asking at
// once get one grant. Each grant carries a fencing token one higher than the last, and every
// attempt is stored with its token before the request leaves the device: a device whose lease
// was taken over can still record what it sent, but can no longer mark the target as its own.
import type { Pool } from 'pg';

export type LeaseAnswer =
  /** Send, under this token. `unsettled`: an earlier holder's attempt whose outcome nobody recorded. */
  | { kind: 'granted'; token: number; unsettled: { token: number; device: string } | null }
  /** Another device holds it: ask again when it ends. */
  | { kind: 'held'; holder: string; retryInMs: number }
  /** Already out, by whichever device: take its result and send nothing. */
  | { kind: 'published'; remoteId: string; remoteUrl: string | null }
  /** The post is not approved for publishing yet. */
  | { kind: 'not-approved' };

export async function acquireLease(
  pool: Pool,
  input: { targetKey: string; postId: string; device: string; ttlMs: number },
): Promise<LeaseAnswer> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const post = await client.query<{ approval: string }>(
      'select approval from posts where id = $1 for share',
      [input.postId],
    );
    if (post.rows[0]?.approval !== 'approved') {
      await client.query('rollback');
      return { kind: 'not-approved' };
    }
    // Insert, or take over an expired lease (or the caller's own): one statement, one winner.
    const granted = await client.query<{ token: string }>(
      `insert into publish_leases as lease (target_key, post_id, holder, token, expires_at)
       values ($1, $2, $3, 1, now() + $4 * interval '1 millisecond')
       on conflict (target_key) do update
         set holder = excluded.holder, token = lease.token + 1, expires_at = excluded.expires_at
         where lease.remote_id is null and (lease.expires_at < now() or lease.holder = excluded.holder)
       returning token`,
      [input.targetKey, input.postId, input.device, input.ttlMs],
    );
    const token = granted.rows[0] && Number(granted.rows[0].token);
    if (token !== undefined) {
      const unsettled = await client.query<{ token: string; device: string }>(
        `select token, device from publish_attempts where target_key = $1 and state = 'sending' and token < $2
         order by token desc limit 1`,
        [input.targetKey, token],
      );
      await client.query('commit');
      const earlier = unsettled.rows[0];
      return {
        kind: 'granted',
        token,
        unsettled: earlier ? { token: Number(earlier.token), device: earlier.device } : null,
      };
    }
    const { rows } = await client.query<{
      holder: string;
      remote_id: string | null;
      remote_url: string | null;
      left_ms: number;
    }>(
      `select holder, remote_id, remote_url,
         greatest(0, extract(epoch from expires_at - now()) * 1000)::float8 as left_ms
       from publish_leases where target_key = $1`,
      [input.targetKey],
    );
    await client.query('commit');
    const lease = rows[0]!;
    if (lease.remote_id) return { kind: 'published', remoteId: lease.remote_id, remoteUrl: lease.remote_url };
    return { kind: 'held', holder: lease.holder, retryInMs: Math.ceil(lease.left_ms) };
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** Stores the attempt before the request leaves; false when the token no longer holds the lease. */
export async function recordSending(
  pool: Pool,
  input: { targetKey: string; token: number; device: string },
): Promise<boolean> {
  const { rowCount } = await pool.query(
    `insert into publish_attempts (target_key, token, device, state)
     select target_key, token, holder, 'sending' from publish_leases
     where target_key = $1 and token = $2 and holder = $3 and expires_at > now()`,
    [input.targetKey, input.token, input.device],
  );
  return rowCount === 1;
}

/**
 * Stores the network's answer with the attempt, always; marks the lease published only if the
 * token still holds it. A stale holder's answer stays findable for the next holder's reconcile.
 */
export async function recordPublished(
  pool: Pool,
  input: { targetKey: string; token: number; remoteId: string; remoteUrl: string | null },
): Promise<{ fenced: boolean }> {
  await pool.query(
    `update publish_attempts set state = 'published', remote_id = $3, remote_url = $4
     where target_key = $1 and token = $2`,
    [input.targetKey, input.token, input.remoteId, input.remoteUrl],
  );
  const { rowCount } = await pool.query(
    `update publish_leases set remote_id = $3, remote_url = $4 where target_key = $1 and token = $2`,
    [input.targetKey, input.token, input.remoteId, input.remoteUrl],
  );
  return { fenced: rowCount === 0 };
}

/** What any device's attempt at this target is known to have published. */
export async function publishedAttempt(
  pool: Pool,
  targetKey: string,
): Promise<{ remoteId: string; remoteUrl: string | null } | null> {
  const { rows } = await pool.query<{ remote_id: string; remote_url: string | null }>(
    `select remote_id, remote_url from publish_attempts where target_key = $1 and state = 'published'
     order by token limit 1`,
    [targetKey],
  );
  const row = rows[0];
  return row ? { remoteId: row.remote_id, remoteUrl: row.remote_url } : null;
}
