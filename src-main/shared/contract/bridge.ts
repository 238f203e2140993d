// What the preload needs of the contract, without zod or a single schema: the preload stays a
// few kilobytes, and the main process, which registers a handler only for the contract's
// channels and parses every input, stays the one that validates.
import type { ChannelName, CoreEvent } from './index';

/** The one Electron channel for events; invocations use the contract names. */
export const EVENT_CHANNEL = 'cadence:event';

/** What the preload (or the web bridge) puts on window.cadence. */
export interface CadenceBridge {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
  /** A URL the renderer may use in <img src> for a stored media file. */
  mediaUrl(sha256: string): string;
  /** True in the desktop app (set by the preload), where Cadence can start at login; absent in web mode. */
  readonly desktop?: boolean;
}

/** The shape of every contract channel ("posts.create"); anything else never leaves the page. */
export function looksLikeChannelName(channel: unknown): channel is ChannelName {
  return typeof channel === 'string' && /^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)+$/.test(channel);
}
