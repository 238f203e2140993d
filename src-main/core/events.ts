import type { CoreEvent } from '../shared/contract';

export type CoreEventListener = (event: CoreEvent) => void;

/** The core's outgoing event stream: Electron forwards it to windows, web mode to SSE. */
export class CoreEvents {
  private readonly listeners = new Set<CoreEventListener>();

  subscribe(listener: CoreEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: CoreEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('[cadence] event listener failed', error);
      }
    }
  }
}
