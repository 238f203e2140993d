// What the fake Threads knows: the owner's profile, containers and published posts.
export interface ThreadsContainer {
  id: string;
  mediaType: 'TEXT' | 'IMAGE' | 'VIDEO' | 'CAROUSEL';
  text?: string;
  isCarouselItem: boolean;
  children: string[];
  replyToId?: string;
  status: 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'PUBLISHED' | 'EXPIRED';
  pollsLeft: number;
  /** Why processing fails, e.g. the image could not be downloaded. */
  failure?: 'UNKNOWN';
}

export interface ThreadsPost {
  id: string;
  mediaType: 'TEXT_POST' | 'IMAGE' | 'CAROUSEL_ALBUM';
  text?: string;
  replyToId?: string;
  shortcode: string;
  createdAt: number;
}

export interface ThreadsSettings {
  /** Status polls an image or carousel container answers IN_PROGRESS before it settles; text settles at once. */
  containerPolls: number;
  containerOutcome: 'FINISHED' | 'ERROR';
}

export class ThreadsWorld {
  readonly containers = new Map<string, ThreadsContainer>();
  readonly posts: ThreadsPost[] = [];
  private sequence = 17_900_000_000_000_000n;
  readonly profile: { id: string; username: string; name: string; biography: string; followersCount: number };

  constructor(
    readonly settings: ThreadsSettings,
    owner: { username?: string; followersCount?: number } = {},
  ) {
    this.profile = {
      id: this.nextId(),
      username: owner.username ?? 'cadencebakery',
      name: 'Cadence Bakery',
      biography: 'Bread and cakes, baked daily.',
      followersCount: owner.followersCount ?? 432,
    };
  }

  nextId(): string {
    this.sequence += 1n;
    return this.sequence.toString();
  }
}
