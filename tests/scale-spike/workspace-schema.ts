// The workspace's Postgres tables (docs/scale.md, "The data model split"). Only what syncs lives
// here: posts without media bytes, members and their roles, the publish leases and every attempt
// made under them. Credentials never do: each device's keychain holds its own.
import type { Pool } from 'pg';

/** The bucket a workspace's posts sync in, named as PowerSync names a parameterised bucket. */
export function workspaceBucket(workspaceId: string): string {
  return `workspace_posts[${JSON.stringify(workspaceId)}]`;
}

const SCHEMA = `
create table workspaces (id text primary key, name text not null);

create table members (
  workspace_id text not null references workspaces,
  user_id text not null,
  role text not null check (role in ('owner', 'writer', 'reviewer')),
  primary key (workspace_id, user_id)
);

create table posts (
  id text primary key,
  workspace_id text not null references workspaces,
  body text not null default '',
  channel_ids text not null default '[]',
  -- draft -> submitted -> approved; an edit to an approved post's text sends it back to submitted.
  approval text not null default 'draft' check (approval in ('draft', 'submitted', 'approved')),
  -- Set on a conflict copy: the post whose text this one lost to (the written rule keeps both).
  conflict_of text,
  updated_by text
);

-- Stands in for the PowerSync Service's replication: every committed change to posts becomes an
-- operation in its workspace's bucket, and the sync service is woken by NOTIFY.
create table sync_ops (
  op_id bigserial primary key,
  bucket text not null,
  object_type text not null,
  object_id text not null,
  data text,
  checksum integer not null
);

create function posts_to_ops() returns trigger language plpgsql as $$
declare
  changed posts := case when tg_op = 'DELETE' then old else new end;
  bucket text := 'workspace_posts["' || changed.workspace_id || '"]';
  payload text;
begin
  if tg_op <> 'DELETE' then
    payload := json_build_object('workspace_id', new.workspace_id, 'body', new.body,
      'channel_ids', new.channel_ids, 'approval', new.approval, 'conflict_of', new.conflict_of)::text;
  end if;
  -- Writers of posts take turns until commit, so op ids become visible in order and a stream
  -- never passes an id whose transaction has not committed yet (the real service uses the WAL).
  perform pg_advisory_xact_lock(15);
  -- 16 bits per op keeps a bucket's sum inside a signed 32-bit integer for the spike's few ops.
  insert into sync_ops (bucket, object_type, object_id, data, checksum)
    values (bucket, 'posts', changed.id, payload,
      ('x' || substr(md5(coalesce(payload, 'REMOVE') || changed.id), 1, 4))::bit(16)::int);
  perform pg_notify('sync_ops', bucket);
  return null;
end $$;

create trigger posts_ops after insert or update or delete on posts
  for each row execute function posts_to_ops();

-- A device's write checkpoint: the op id after which its uploads are all in the stream.
create table write_checkpoints (client_id text primary key, op_id bigint not null);

-- One row per workspace target (post x channel): who may send it, until when, under which token.
create table publish_leases (
  target_key text primary key,
  post_id text not null references posts,
  holder text not null,
  token bigint not null,
  expires_at timestamptz not null,
  remote_id text,
  remote_url text
);

-- Every attempt, stored with the fencing token it was made under, before the request leaves.
create table publish_attempts (
  target_key text not null references publish_leases,
  token bigint not null,
  device text not null,
  state text not null check (state in ('sending', 'published')),
  remote_id text,
  remote_url text,
  primary key (target_key, token)
);
`;

export interface Member {
  userId: string;
  role: 'owner' | 'writer' | 'reviewer';
}

export async function createWorkspaceSchema(pool: Pool): Promise<void> {
  await pool.query(SCHEMA);
}

export async function addWorkspace(pool: Pool, id: string, name: string, members: Member[]): Promise<void> {
  await pool.query('insert into workspaces (id, name) values ($1, $2)', [id, name]);
  for (const member of members) {
    await pool.query('insert into members (workspace_id, user_id, role) values ($1, $2, $3)', [
      id,
      member.userId,
      member.role,
    ]);
  }
}
