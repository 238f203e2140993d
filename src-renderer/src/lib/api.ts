// The renderer's only way to the core: window.cadence, installed by the preload in
// Electron or by the web bridge in `npm run web`. Typed by the shared contract.
import type { CadenceBridge, ChannelInput, ChannelName, ChannelOutput, CoreEvent } from '@shared/contract';
import { AppError, type AppErrorShape, type ErrorCode, type Result } from '@shared/errors';
import { t } from '../i18n/i18n';
import { ownerWords } from '../i18n/owner-words';

declare global {
  interface Window {
    cadence?: CadenceBridge;
  }
}

/** A failure the UI can show: `message` is in the owner's language. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function bridge(): CadenceBridge {
  if (!window.cadence) throw new ApiError('INTERNAL', t('errors.noEngine'));
  return window.cadence;
}

export async function call<C extends ChannelName>(
  channel: C,
  ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]
): Promise<ChannelOutput<C>> {
  const result = (await bridge().invoke(channel, input[0])) as Result<ChannelOutput<C>>;
  if (result.ok) return result.value;
  const error: AppErrorShape = result.error;
  throw new ApiError(error.code, ownerWords(error));
}

export function subscribe(listener: (event: CoreEvent) => void): () => void {
  return bridge().subscribe(listener);
}

export function mediaUrl(sha256: string): string {
  return bridge().mediaUrl(sha256);
}

/** Whether this is the desktop app (not web mode): only it can start at login. */
export function isDesktop(): boolean {
  return window.cadence?.desktop === true;
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  // An AppError here comes from a check shared with the core (assertSendable), worded the same.
  if (error instanceof AppError) return ownerWords({ message: error.message, ...error.owner });
  // Never "your work is saved": this may be the answer to a save that failed.
  return t('errors.unexpected');
}
