// Submitting a connect form: the shared schema checks the fields first (so mistakes are named
// next to the field), then the core signs in. On failure nothing typed is touched.
import { useState } from 'react';
import type { z } from 'zod';
import { ConnectInput } from '@shared/connect-inputs';
import type { Channel } from '@shared/entities';
import { issueWords } from '@shared/messages/input-issue';
import { ownerWords } from '../../../i18n/owner-words';
import { call, messageOf } from '../../../lib/api';

export type ConnectDraft = z.input<typeof ConnectInput>;
export type FieldErrors = Partial<Record<string, string>>;

export function useConnect(onConnected: (channel: Channel) => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [connecting, setConnecting] = useState(false);

  /** Connects; `clearSecrets` runs only after a successful sign-in, so no secret stays in the page. */
  async function connect(draft: ConnectDraft, clearSecrets: () => void): Promise<void> {
    setFailure(null);
    const parsed = ConnectInput.safeParse(draft);
    if (!parsed.success) {
      setErrors(errorsByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setConnecting(true);
    try {
      const channel = await call('channels.connect', parsed.data);
      clearSecrets();
      onConnected(channel);
    } catch (caught) {
      setFailure(messageOf(caught));
    } finally {
      setConnecting(false);
    }
  }

  return { errors, failure, connecting, connect, setErrors, setFailure };
}

export function errorsByField(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const found: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    found[field] ??= ownerWords(issueWords(issue));
  }
  return found;
}

/** "mastodon.social" → "https://mastodon.social": owners type server names, the schema wants URLs. */
export function withScheme(address: string): string {
  const trimmed = address.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}

/** The optional name, left out when blank so the core names the channel after the account. */
export function optionalName(name: string): string | undefined {
  return name.trim() === '' ? undefined : name.trim();
}
