// What the fake Graph API knows: the owner, their Pages with linked Instagram professional
// accounts, posts, photos (whose bytes its CDN serves), Instagram containers and media, and
// comments. Ids are numeric strings, as Graph ids are.
import { randomBytes } from 'node:crypto';

export interface MetaPage {
  id: string;
  name: string;
  username: string;
  category: string;
  accessToken: string;
  followersCount: number;
  fanCount: number;
  igUserId?: string;
}

export interface MetaIgUser {
  id: string;
  pageId: string;
  username: string;
  name: string;
  followersCount: number;
  followsCount: number;
}

export interface PagePost {
  id: string;
  pageId: string;
  message?: string;
  link?: string;
  photoIds: string[];
  published: boolean;
  scheduledPublishTime?: number;
  createdAt: number;
}

export interface PagePhoto {
  id: string;
  pageId: string;
  bytes: Buffer;
  mimeType: string;
  width: number;
  height: number;
  published: boolean;
  caption?: string;
  postId?: string;
  cdnKey: string;
  createdAt: number;
}

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'PUBLISHED' | 'EXPIRED';

export interface IgContainer {
  id: string;
  igUserId: string;
  mediaType: 'IMAGE' | 'CAROUSEL';
  caption?: string;
  isCarouselItem: boolean;
  children: string[];
  status: ContainerStatus;
  pollsLeft: number;
  createdAt: number;
  mediaId?: string;
}

export interface IgMedia {
  id: string;
  igUserId: string;
  caption?: string;
  mediaType: 'IMAGE' | 'CAROUSEL_ALBUM';
  childCount: number;
  shortcode: string;
  createdAt: number;
}

export interface MetaComment {
  id: string;
  /** The post, photo or Instagram media commented on. */
  targetId: string;
  /** Set on a reply: the comment replied to. */
  parentCommentId?: string;
  network: 'facebook' | 'instagram';
  from: { id: string; name: string };
  message: string;
  createdAt: number;
}

export type GraphObject =
  | { kind: 'user' }
  | { kind: 'page'; page: MetaPage }
  | { kind: 'post'; post: PagePost }
  | { kind: 'photo'; photo: PagePhoto }
  | { kind: 'ig-user'; igUser: MetaIgUser }
  | { kind: 'container'; container: IgContainer }
  | { kind: 'ig-media'; media: IgMedia }
  | { kind: 'comment'; comment: MetaComment };

export class MetaWorld {
  readonly owner = { id: '', name: 'Cadence Owner' };
  readonly pages = new Map<string, MetaPage>();
  readonly igUsers = new Map<string, MetaIgUser>();
  readonly posts = new Map<string, PagePost>();
  readonly photos = new Map<string, PagePhoto>();
  readonly containers = new Map<string, IgContainer>();
  readonly igMedia = new Map<string, IgMedia>();
  readonly comments = new Map<string, MetaComment>();
  private sequence = 17_841_400_000_000_000n;

  constructor() {
    this.owner.id = this.nextId();
  }

  nextId(): string {
    this.sequence += 1n;
    return this.sequence.toString();
  }

  find(id: string): GraphObject | undefined {
    if (id === this.owner.id) return { kind: 'user' };
    const page = this.pages.get(id);
    if (page) return { kind: 'page', page };
    const post = this.posts.get(id);
    if (post) return { kind: 'post', post };
    const photo = this.photos.get(id);
    if (photo) return { kind: 'photo', photo };
    const igUser = this.igUsers.get(id);
    if (igUser) return { kind: 'ig-user', igUser };
    const container = this.containers.get(id);
    if (container) return { kind: 'container', container };
    const media = this.igMedia.get(id);
    if (media) return { kind: 'ig-media', media };
    const comment = this.comments.get(id);
    return comment ? { kind: 'comment', comment } : undefined;
  }

  addPage(spec: { name: string; followersCount?: number; withInstagram?: boolean }): MetaPage {
    const page: MetaPage = {
      id: this.nextId(),
      name: spec.name,
      username: spec.name.toLowerCase().replace(/[^a-z0-9]+/g, ''),
      category: 'Bakery',
      accessToken: `EAAPage${randomBytes(24).toString('base64url')}`,
      followersCount: spec.followersCount ?? 321,
      fanCount: spec.followersCount ?? 321,
    };
    this.pages.set(page.id, page);
    if (spec.withInstagram !== false) {
      const igUser: MetaIgUser = {
        id: this.nextId(),
        pageId: page.id,
        username: page.username,
        name: page.name,
        followersCount: 876,
        followsCount: 54,
      };
      this.igUsers.set(igUser.id, igUser);
      page.igUserId = igUser.id;
    }
    return page;
  }

  addPhoto(
    page: MetaPage,
    image: { bytes: Buffer; mimeType: string; width?: number; height?: number },
    now: number,
  ) {
    const photo: PagePhoto = {
      id: this.nextId(),
      pageId: page.id,
      bytes: image.bytes,
      mimeType: image.mimeType,
      width: image.width ?? 0,
      height: image.height ?? 0,
      published: true,
      cdnKey: `${randomBytes(12).toString('hex')}.${image.mimeType.split('/')[1] ?? 'jpg'}`,
      createdAt: now,
    };
    this.photos.set(photo.id, photo);
    return photo;
  }

  /** Publishes every post whose scheduled_publish_time has come, made at that time as Facebook does. */
  publishDue(now: number): void {
    for (const post of this.posts.values()) {
      if (post.published || post.scheduledPublishTime === undefined) continue;
      if (post.scheduledPublishTime * 1000 > now) continue;
      post.published = true;
      post.createdAt = post.scheduledPublishTime * 1000;
    }
  }

  photoByCdnKey(key: string): PagePhoto | undefined {
    return [...this.photos.values()].find((photo) => photo.cdnKey === key);
  }
}

/** Graph's datetime format, e.g. 2026-03-01T10:00:00+0000. */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}
