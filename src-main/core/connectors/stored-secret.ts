// Reads what a connector kept in the keychain; a damaged entry means the owner must reconnect.
import type { z } from 'zod';
import { say } from '../../shared/messages/owner-message';
import { ConnectorError } from './connector-error';

export function readStoredSecret<T>(schema: z.ZodType<T>, secret: string, networkName: string): T {
  let value: unknown = null;
  try {
    value = JSON.parse(secret) as unknown;
  } catch {
    // Falls through to the message below.
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ConnectorError('auth', say('connectors.common.signInDamaged', { network: networkName }));
  }
  return parsed.data;
}
