// The write endpoint's rules (docs/scale.md, "Conflicts"): what the backend does with one queued
// change from a device's PowerSync upload queue. PowerSync leaves writes and their conflicts to
// the app's backend; this is Cadence's written rule:
//   - A field changes only if the server still holds the value the device edited from (PowerSync's
//     previous values). Fields the other device did not touch merge.
//   - When another device changed the same field first, the first edit to reach the server stays
//     and the later text or channels become a conflict copy: a new draft, synced to every device.
//     Nothing typed is lost and nothing is overwritten silently. A stale approval is refused.
//   - Deletes win. Only owners and writers change text; only owners and reviewers approve, and
//     an edit to an approved post's text or channels sends it back for review.
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';

export interface UploadedChange {
  op: 'PUT' | 'PATCH' | 'DELETE';
  table: string;
  id: string;
  data?: Record<string, unknown>;
  /** What the device's row held before its edit, for the columns it changed. */
  previous?: Record<string, unknown>;
}

export type Role = 'owner' | 'writer' | 'reviewer';

/** Columns a device may write, and who may write them. */
const WRITABLE: Record<string, readonly Role[]> = {
  body: ['owner', 'writer'],
  channel_ids: ['owner', 'writer'],
  approval: ['owner', 'reviewer'],
};
const NEEDS_REVIEW_AGAIN = ['body', 'channel_ids'];

export class RefusedWrite extends Error {}

interface PostRow {
  id: string;
  workspace_id: string;
  body: string;
  channel_ids: string;
  approval: string;
}

async function roleIn(client: PoolClient, workspaceId: string, userId: string): Promise<Role | null> {
  const { rows } = await client.query<{ role: Role }>(
    'select role from members where workspace_id = $1 and user_id = $2',
    [workspaceId, userId],
  );
  return rows[0]?.role ?? null;
}

function checkAllowed(role: Role | null, columns: string[]): void {
  for (const column of columns) {
    const allowed = WRITABLE[column];
    if (!allowed) throw new RefusedWrite(`posts.${column} is not written by devices`);
    if (!role || !allowed.includes(role))
      throw new RefusedWrite(`a ${role ?? 'non-member'} cannot change ${column}`);
  }
}

/** Applies one change inside the caller's transaction; returns the id of a conflict copy, if one was made. */
export async function applyChange(
  client: PoolClient,
  userId: string,
  change: UploadedChange,
): Promise<string | null> {
  if (change.table !== 'posts') throw new RefusedWrite(`${change.table} does not sync from devices`);
  if (change.op === 'PUT') {
    const data = change.data ?? {};
    const workspaceId = String(data.workspace_id);
    const columns = Object.keys(data).filter(
      (column) => column !== 'workspace_id' && data[column] !== undefined,
    );
    checkAllowed(await roleIn(client, workspaceId, userId), columns);
    // A resent PUT (the upload queue may deliver a change twice) finds its row and does nothing.
    await client.query(
      `insert into posts (id, workspace_id, body, channel_ids, updated_by) values ($1, $2, $3, $4, $5)
       on conflict (id) do nothing`,
      [change.id, workspaceId, data.body ?? '', data.channel_ids ?? '[]', userId],
    );
    return null;
  }
  const { rows } = await client.query<PostRow>('select * from posts where id = $1 for update', [change.id]);
  const current = rows[0];
  if (!current) return null; // Deleted on the server: deletes win.
  const role = await roleIn(client, current.workspace_id, userId);
  if (change.op === 'DELETE') {
    checkAllowed(role, ['body']);
    await client.query('delete from posts where id = $1', [change.id]);
    return null;
  }
  const data = change.data ?? {};
  checkAllowed(role, Object.keys(data));
  const applied: Record<string, unknown> = {};
  const lost: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(data)) {
    const serverValue = current[column as keyof PostRow];
    const editedFrom = change.previous?.[column];
    if (serverValue === value) continue; // Already there: a resent change.
    if (editedFrom === undefined || editedFrom === serverValue) applied[column] = value;
    else lost[column] = value;
  }
  // An approval given to a version that has since changed approves nothing: the reviewer is told.
  if ('approval' in lost) throw new RefusedWrite('the post changed after it was reviewed: review it again');
  if (current.approval === 'approved' && NEEDS_REVIEW_AGAIN.some((column) => column in applied)) {
    applied.approval = 'submitted';
  }
  const columns = Object.keys(applied);
  if (columns.length > 0) {
    const sets = columns.map((column, index) => `${column} = $${index + 2}`);
    await client.query(
      `update posts set ${sets.join(', ')}, updated_by = $${columns.length + 2} where id = $1`,
      [change.id, ...columns.map((column) => applied[column]), userId],
    );
  }
  if (lost.body === undefined && lost.channel_ids === undefined) return null;
  const copyId = randomUUID();
  await client.query(
    `insert into posts (id, workspace_id, body, channel_ids, conflict_of, updated_by)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      copyId,
      current.workspace_id,
      lost.body ?? current.body,
      lost.channel_ids ?? current.channel_ids,
      change.id,
      userId,
    ],
  );
  return copyId;
}
