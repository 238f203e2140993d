// How one network is spoken to over HTTP: the facts the shared HTTP layer needs to sort its
// failures. Every connector describes its network once with this and sends every request
// through the layer (httpCall, or networkFetch for a client library), so timeouts, failure
// classification, rate limits and the plain-http rule are the same for all of them.

export interface HttpNetwork {
  /** The network or server as messages name it, a proper name in any language: "Telegram", "mastodon.social", "hooks.shop.example". */
  name: string;
  /**
   * The network recognises a repeated write however late it comes: a webhook receiver by the
   * Idempotency-Key its contract makes it honour, Bluesky by the record key derived from the
   * post. A 5xx answer to a write is then a plain server failure, retried as it is. Otherwise
   * (Telegram and Discord have no key; Mastodon forgets its key after an hour) the write may
   * have taken effect before the server failed, so its outcome is unknown and the outbox asks
   * the network, or the owner, before sending it again.
   */
  recognisesResend: boolean;
  /**
   * Every request carries a secret (a bot token or webhook key in the URL, a signed body, a
   * session): none may go over plain http except to this computer. Requests with an
   * Authorization header, or marked `credential`, are held to the same rule on any network.
   */
  secretInEveryRequest: boolean;
  /** The server's own words from an error answer, for the activity log; `HTTP <status>` when absent. */
  serverAnswer?(answer: HttpAnswer): string;
  /** Seconds to wait that a 429 body gave (Telegram's parameters.retry_after, Discord's retry_after). */
  retryAfterInBody?(json: unknown): number | undefined;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The parsed body when it is JSON, else null. */
  json: unknown;
  /** The start of the body, for the activity log. */
  excerpt: string;
}

/** What a request does: a read may be repeated freely; a write (the default for all but GET) may not. */
export type RequestEffect = 'read' | 'write';
