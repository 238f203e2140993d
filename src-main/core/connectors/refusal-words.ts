// How a refusal is worded when a network may or may not explain it: its own words quoted
// ({{said}}) when it gave any, else its HTTP status, each sentence a catalog key of its own.
import {
  say,
  type CoreMessageKey,
  type MessageParams,
  type OwnerMessage,
} from '../../shared/messages/owner-message';

export function refusalWords(
  said: string | undefined,
  status: number,
  plain: CoreMessageKey,
  saying: CoreMessageKey,
  params: MessageParams = {},
): OwnerMessage {
  return said ? say(saying, { ...params, said }) : say(plain, { ...params, status });
}

/** What Cadence was doing when X or LinkedIn refused, so the words can name what was refused. */
export type During = 'sign-in' | 'publish' | 'upload' | 'read' | 'verify';

/** The catalog's word for it; signing in reads the account too. */
export const REFUSED_DURING: Record<During, 'read' | 'publish' | 'upload' | 'verify'> = {
  'sign-in': 'read',
  publish: 'publish',
  upload: 'upload',
  read: 'read',
  verify: 'verify',
};
