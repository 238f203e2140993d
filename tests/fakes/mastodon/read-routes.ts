// Reading: the instance, accounts, statuses with their thread, and notifications with
// Mastodon's paging and Link headers.
import type { FakeReply } from '../http-fake-kit';
import { linkHeader, pageLimit, paginate, type PageQuery } from './paging';
import { canSee } from './status-routes';
import type { MastodonStore, StoredAccount, StoredStatus } from './store';
import { mastodonError, type MastodonFakeConfig, type RouteContext, type RouteHandler } from './types';

interface ListQuery extends PageQuery {
  types?: string[];
  exclude_types?: string[];
  account_id?: string;
  exclude_replies?: boolean;
  only_media?: boolean;
  pinned?: boolean;
  tagged?: string;
}

export function readRoutes(store: MastodonStore, config: MastodonFakeConfig) {
  const visibleStatus = (context: RouteContext): StoredStatus | undefined => {
    const status = store.statuses.get(context.checked.pathParams.id ?? '');
    return status && canSee(store, status, context.viewer) ? status : undefined;
  };

  const paged = <T extends { id: string }>(
    context: RouteContext,
    items: T[],
    defaultLimit: number,
    render: (item: T) => unknown,
    carriedKeys: string[],
  ): FakeReply => {
    const query = context.checked.query as ListQuery;
    const limit = pageLimit(query.limit, defaultLimit);
    const page = paginate(items, query, limit);
    const carried = carriedKeys.flatMap((key) =>
      context.request.query.getAll(key).map((value): [string, string] => [key, value]),
    );
    const link = linkHeader(store.baseUrl, context.request.path, page, limit, carried);
    return { status: 200, json: page.map(render), headers: link ? { link } : {} };
  };

  const verifyCredentials: RouteHandler = ({ viewer }) => {
    const account = store.renderAccount(viewer as StoredAccount);
    const source = {
      privacy: 'public',
      sensitive: false,
      language: null,
      note: '',
      fields: [],
      follow_requests_count: 0,
      indexable: true,
    };
    return {
      status: 200,
      json: {
        ...account,
        source,
        role: { id: '-99', name: '', permissions: '0', color: '', highlighted: false },
      },
    };
  };

  const getAccount: RouteHandler = (context) => {
    const account = store.accounts.get(context.checked.pathParams.id ?? '');
    return account
      ? { status: 200, json: store.renderAccount(account) }
      : mastodonError(404, 'Record not found');
  };

  const accountStatuses: RouteHandler = (context) => {
    const account = store.accounts.get(context.checked.pathParams.id ?? '');
    if (!account) return mastodonError(404, 'Record not found');
    const query = context.checked.query as ListQuery;
    const statuses = [...store.statuses.values()].filter(
      (status) =>
        status.accountId === account.id &&
        canSee(store, status, context.viewer) &&
        !query.pinned &&
        // exclude_replies keeps a thread of one's own posts, as Mastodon does.
        !(
          query.exclude_replies &&
          status.inReplyToId &&
          store.statuses.get(status.inReplyToId)?.accountId !== account.id
        ) &&
        !(query.only_media && status.mediaIds.length === 0) &&
        !(query.tagged && !new RegExp(`(^|\\s)#${query.tagged}\\b`, 'i').test(status.text)),
    );
    const carried = ['limit', 'exclude_replies', 'only_media', 'exclude_reblogs', 'tagged', 'pinned'];
    return paged(context, statuses, 20, (status) => store.renderStatus(status), carried);
  };

  const getStatus: RouteHandler = (context) => {
    const status = visibleStatus(context);
    return status
      ? { status: 200, json: store.renderStatus(status) }
      : mastodonError(404, 'Record not found');
  };

  const statusContext: RouteHandler = (context) => {
    const status = visibleStatus(context);
    if (!status) return mastodonError(404, 'Record not found');
    const ancestors: StoredStatus[] = [];
    for (let parent = status.inReplyToId; parent;) {
      const found = store.statuses.get(parent);
      if (!found || !canSee(store, found, context.viewer)) break;
      ancestors.unshift(found);
      parent = found.inReplyToId;
    }
    const descendants: StoredStatus[] = [];
    const walk = (id: string) => {
      const replies = [...store.statuses.values()]
        .filter((reply) => reply.inReplyToId === id && canSee(store, reply, context.viewer))
        .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      for (const reply of replies) {
        descendants.push(reply);
        walk(reply.id);
      }
    };
    walk(status.id);
    const render = (items: StoredStatus[]) => items.map((item) => store.renderStatus(item));
    return { status: 200, json: { ancestors: render(ancestors), descendants: render(descendants) } };
  };

  const notifications: RouteHandler = (context) => {
    const query = context.checked.query as ListQuery;
    const own = [...store.notifications.values()].filter(
      (item) =>
        item.recipientId === context.viewer?.id &&
        (!query.types?.length || query.types.includes(item.type)) &&
        !query.exclude_types?.includes(item.type) &&
        (!query.account_id || item.accountId === query.account_id),
    );
    const carried = ['limit', 'types[]', 'types', 'exclude_types[]', 'exclude_types', 'account_id'];
    return paged(context, own, 40, (item) => store.renderNotification(item), carried);
  };

  const notification: RouteHandler = (context) => {
    const item = store.notifications.get(context.checked.pathParams.id ?? '');
    return item && item.recipientId === context.viewer?.id
      ? { status: 200, json: store.renderNotification(item) }
      : mastodonError(404, 'Record not found');
  };

  const instance: RouteHandler = () => {
    const limits = config.instance;
    const domain = new URL(store.baseUrl).host;
    return {
      status: 200,
      json: {
        domain,
        title: 'Cadence test instance',
        version: '4.5.0',
        source_url: 'https://github.com/mastodon/mastodon',
        description: 'A fake Mastodon server for Cadence tests.',
        usage: { users: { active_month: store.accounts.size } },
        thumbnail: { url: `${store.baseUrl}/packs/media/images/preview.png` },
        icon: [],
        languages: ['en'],
        api_versions: { mastodon: 7 },
        configuration: {
          urls: { streaming: null, status: null },
          accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
          statuses: {
            max_characters: limits.maxCharacters,
            max_media_attachments: limits.maxMediaAttachments,
            characters_reserved_per_url: limits.charactersReservedPerUrl,
          },
          media_attachments: {
            supported_mime_types: limits.supportedMimeTypes,
            description_limit: limits.descriptionLimit,
            image_size_limit: limits.imageSizeLimit,
            image_matrix_limit: 33_177_600,
            video_size_limit: limits.videoSizeLimit,
            video_frame_rate_limit: 120,
            video_matrix_limit: 8_294_400,
          },
          polls: {
            max_options: 4,
            max_characters_per_option: 50,
            min_expiration: 300,
            max_expiration: 2_629_746,
          },
          translation: { enabled: false },
        },
        registrations: { enabled: false, approval_required: false, message: null },
        contact: { email: 'admin@example.com', account: null },
        rules: [],
      },
    };
  };

  return {
    verifyCredentials,
    getAccount,
    accountStatuses,
    getStatus,
    statusContext,
    notifications,
    notification,
    instance,
  };
}
