// What the fault run and the core in its child process say to each other, one JSON object a line.
import type { Network } from '../../../src-main/shared/entities';

export type ChildRequest =
  /** Opens the data folder and starts the core, its clock at `now`. */
  | { op: 'boot'; now: number }
  /** core.invoke, as the renderer would call it. */
  | { op: 'call'; channel: string; input?: unknown }
  /** Waits until the outbox has nothing in flight. */
  | { op: 'idle' }
  /** Moves the manual clock (firing its timers), then waits until idle. */
  | { op: 'set'; to: number }
  | { op: 'online'; online: boolean }
  /** Kills the process right after the n-th publish from now is answered, before it is recorded. */
  | { op: 'arm-crash'; afterPublishes: number }
  | { op: 'targets'; which: 'unsettled' | 'awaiting-owner' | 'all' }
  /** The owner signed in again (the sign-in itself ran in the parent): keep `secret` for the channel. */
  | { op: 'reconnect'; network: Network; secret: string }
  | { op: 'close' };

export interface TargetRow {
  targetId: string;
  network: Network;
  state: string;
  nextAttemptAt: number | null;
  attempts: number;
  lastError: string | null;
  text: string;
}

export interface ChildReply {
  value?: unknown;
  error?: { code: string; message: string };
  now?: number;
  nextDueAt?: number | null;
  targets?: TargetRow[];
}

/** Lines the child writes on its own: once its code is loaded, and just before it kills itself. */
export type ChildEvent = { event: 'loaded' } | { event: 'crash-after-send'; network: Network };
