// Waits for a state the test cannot drive (an AppView indexing a PDS's firehose): asks again
// until the probe finds something, and fails with what did not happen once `timeoutMs` is up.
import { vi } from 'vitest';

export function until<T>(
  probe: () => Promise<T | null>,
  options: { timeoutMs: number; failure: string },
): Promise<T> {
  return vi.waitFor(
    async () => {
      const found = await probe();
      if (found === null) throw new Error(`${options.failure} within ${options.timeoutMs / 1000} s`);
      return found;
    },
    { timeout: options.timeoutMs, interval: 100 },
  );
}
