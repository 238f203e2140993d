// The fake Mastodon's data, and how it is rendered as the API's entities.
import type { StatusVisibility } from './types';

export interface StoredAccount {
  id: string;
  username: string;
  /** Null for the local account; remote accounts show as user@domain. */
  domain: string | null;
  displayName: string;
  note: string;
  followersCount: number;
  followingCount: number;
  createdAt: number;
}

export interface StoredMedia {
  id: string;
  accountId: string;
  type: 'image' | 'video' | 'gifv' | 'audio' | 'unknown';
  fileName: string;
  mimeType: string;
  size: number;
  description: string | null;
  focus: { x: number; y: number } | null;
  /** GET polls left before processing finishes; 0 means the file is ready. */
  pollsUntilProcessed: number;
  statusId: string | null;
}

export interface StoredStatus {
  id: string;
  accountId: string;
  text: string;
  spoilerText: string;
  visibility: StatusVisibility;
  sensitive: boolean;
  language: string | null;
  inReplyToId: string | null;
  mediaIds: string[];
  mentionIds: string[];
  createdAt: number;
  applicationName: string | null;
  /** Favourites and boosts others gave it (see the fake's `interact`). */
  favouritesCount?: number;
  reblogsCount?: number;
}

export interface StoredNotification {
  id: string;
  type: string;
  recipientId: string;
  /** The account that acted: who mentioned, favourited or followed. */
  accountId: string;
  statusId: string | null;
  createdAt: number;
}

export class MastodonStore {
  readonly accounts = new Map<string, StoredAccount>();
  readonly statuses = new Map<string, StoredStatus>();
  readonly media = new Map<string, StoredMedia>();
  readonly notifications = new Map<string, StoredNotification>();
  private lastId = 0n;

  constructor(
    readonly baseUrl: string,
    private readonly now: () => number,
  ) {}

  /** Snowflake-like ids as Mastodon makes them: milliseconds shifted left 16 bits, always increasing. */
  nextId(): string {
    let id = BigInt(this.now()) << 16n;
    if (id <= this.lastId) id = this.lastId + 1n;
    this.lastId = id;
    return id.toString();
  }

  findAccount(acct: string): StoredAccount | undefined {
    return [...this.accounts.values()].find((account) => this.acct(account) === acct);
  }

  acct(account: StoredAccount): string {
    return account.domain ? `${account.username}@${account.domain}` : account.username;
  }

  renderAccount(account: StoredAccount): Record<string, unknown> {
    const origin = account.domain ? `https://${account.domain}` : this.baseUrl;
    const statuses = [...this.statuses.values()].filter((status) => status.accountId === account.id);
    const last = statuses.reduce((latest, status) => Math.max(latest, status.createdAt), 0);
    return {
      id: account.id,
      username: account.username,
      acct: this.acct(account),
      display_name: account.displayName,
      locked: false,
      bot: false,
      discoverable: true,
      indexable: true,
      group: false,
      created_at: new Date(account.createdAt).toISOString(),
      note: account.note,
      url: `${origin}/@${account.username}`,
      uri: `${origin}/users/${account.username}`,
      avatar: `${origin}/avatars/original/${account.id}.png`,
      avatar_static: `${origin}/avatars/original/${account.id}.png`,
      header: `${origin}/headers/original/missing.png`,
      header_static: `${origin}/headers/original/missing.png`,
      followers_count: account.followersCount,
      following_count: account.followingCount,
      statuses_count: statuses.length,
      last_status_at: last ? new Date(last).toISOString().slice(0, 10) : null,
      emojis: [],
      fields: [],
    };
  }

  renderMedia(media: StoredMedia): Record<string, unknown> {
    const base = `${this.baseUrl}/system/media_attachments/files/${media.id}`;
    return {
      id: media.id,
      type: media.type,
      url: media.pollsUntilProcessed > 0 ? null : `${base}/original/${encodeURIComponent(media.fileName)}`,
      preview_url: `${base}/small/${encodeURIComponent(media.fileName)}`,
      remote_url: null,
      description: media.description,
      blurhash: null,
      meta: media.focus ? { focus: media.focus } : {},
    };
  }

  renderStatus(status: StoredStatus): Record<string, unknown> {
    const account = this.accounts.get(status.accountId);
    if (!account) throw new Error(`status ${status.id} has no account`);
    const origin = account.domain ? `https://${account.domain}` : this.baseUrl;
    const parent = status.inReplyToId ? this.statuses.get(status.inReplyToId) : undefined;
    const replies = [...this.statuses.values()].filter((other) => other.inReplyToId === status.id);
    return {
      id: status.id,
      created_at: new Date(status.createdAt).toISOString(),
      in_reply_to_id: status.inReplyToId,
      in_reply_to_account_id: parent?.accountId ?? null,
      sensitive: status.sensitive,
      spoiler_text: status.spoilerText,
      visibility: status.visibility,
      language: status.language,
      uri: `${origin}/users/${account.username}/statuses/${status.id}`,
      url: `${origin}/@${account.username}/${status.id}`,
      replies_count: replies.length,
      reblogs_count: status.reblogsCount ?? 0,
      favourites_count: status.favouritesCount ?? 0,
      edited_at: null,
      content: toHtml(status.text),
      text: null,
      reblog: null,
      application: status.applicationName ? { name: status.applicationName, website: null } : null,
      account: this.renderAccount(account),
      media_attachments: status.mediaIds.flatMap((id) => {
        const media = this.media.get(id);
        return media ? [this.renderMedia(media)] : [];
      }),
      mentions: status.mentionIds.flatMap((id) => {
        const mentioned = this.accounts.get(id);
        if (!mentioned) return [];
        const rendered = this.renderAccount(mentioned);
        return [{ id, username: mentioned.username, acct: rendered.acct, url: rendered.url }];
      }),
      tags: [],
      emojis: [],
      card: null,
      poll: null,
    };
  }

  renderNotification(notification: StoredNotification): Record<string, unknown> {
    const account = this.accounts.get(notification.accountId);
    const status = notification.statusId ? this.statuses.get(notification.statusId) : undefined;
    if (!account) throw new Error(`notification ${notification.id} has no account`);
    return {
      id: notification.id,
      type: notification.type,
      group_key: `ungrouped-${notification.id}`,
      created_at: new Date(notification.createdAt).toISOString(),
      account: this.renderAccount(account),
      status: status ? this.renderStatus(status) : null,
    };
  }
}

function toHtml(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br />')}</p>`)
    .join('');
}
