// A stand-in for window.cadence in renderer tests: every call waits until the test answers it,
// in whatever order the test chooses, and the test pushes core events by hand.
import type { CadenceBridge, ChannelName, CoreEvent } from '@shared/contract';
import type { ErrorCode, Result } from '@shared/errors';

export interface PendingCall {
  channel: ChannelName;
  input: unknown;
  answer(value: unknown): void;
  fail(message: string, code?: ErrorCode): void;
}

export class FakeBridge implements CadenceBridge {
  readonly calls: PendingCall[] = [];
  private readonly listeners = new Set<(event: CoreEvent) => void>();

  invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
    return new Promise((resolve) => {
      this.calls.push({
        channel,
        input,
        answer: (value) => resolve({ ok: true, value }),
        fail: (message, code = 'INTERNAL') => resolve({ ok: false, error: { code, message } }),
      });
    });
  }

  subscribe(listener: (event: CoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  mediaUrl(sha256: string): string {
    return `/media/${sha256}`;
  }

  emit(event: CoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** The calls made to one channel, oldest first. */
  callsTo(channel: ChannelName): PendingCall[] {
    return this.calls.filter((c) => c.channel === channel);
  }
}
