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
