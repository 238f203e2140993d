// How a sign-in that failed is told in Settings, in the owner's language where the words are
// Cadence's: the failure's own sentence, then how to start again.
import { AppError, saidBy } from '../../shared/errors';
import { say, sentences, type KeyedText } from '../../shared/messages/owner-message';
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { ConnectorError } from './connector-error';
import type { PageSentences } from './sign-in-page';

export interface SignInFailure {
  state: 'failed';
  message: string;
  /** The sentences' keys; absent when the failure's words are a network's own. */
  messageKey?: KeyedText[];
}

/** A sign-in that ended for a reason Cadence words itself. */
export function failedSignIn(...parts: Parameters<typeof sentences>): SignInFailure {
  return { state: 'failed', ...sentences(...parts) };
}

/** A sign-in that ended on an error: its words (keyed when they are), then how to start again. */
export function signInFailure(failure: unknown, network: Network): SignInFailure {
  const known = failure instanceof ConnectorError || failure instanceof AppError ? failure : null;
  if (!known) {
    console.error(`[cadence] ${network} sign-in failed`, failure);
    return failedSignIn(say('signIn.couldNotFinish', { network: NETWORK_LABELS[network] }));
  }
  const again = say('signIn.startAgain');
  const said = saidBy(known);
  if (said) return failedSignIn(said, again);
  return { state: 'failed', message: `${known.message} ${again.message}` };
}

/** A failed sign-in's words for the browser's page: its keyed sentences, else its words as they are. */
export function failurePage(failure: SignInFailure): PageSentences {
  return failure.messageKey ?? [failure.message];
}
