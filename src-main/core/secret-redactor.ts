// The strongest redaction: every secret Cadence reads from or writes to the keychain is
// remembered in memory, and any text about to be stored or shown has those exact strings
// taken out, whatever shape they have, before the shape-based rules run.
import type { Notifier, SecretStore } from './ports';
import { REDACTED, redactDeep, redactPatterns, type Redact } from './redact';

/** Keys in a stored secret's JSON whose values are credentials (not the handle, DID or e-mail). */
const SECRET_FIELD = /token|secret|password|jwt|url/i;
/** Shorter strings would take ordinary words with them; no credential Cadence keeps is this short. */
const MIN_NEEDLE = 8;
/** Parts of an address are words too ("webhooks", "cadence"): only long ones are taken as secret. */
const MIN_URL_PART = 16;

export class SecretRedactor {
  /** Per keychain key, each exact string to find and what replaces it. */
  private readonly known = new Map<string, Map<string, string>>();
  /** All needles, longest first, so a secret is replaced before a part of it is. */
  private needles: Array<[string, string]> = [];

  /** Remembers what a keychain entry holds; a new value for the same key replaces the old one. */
  remember(key: string, secret: string): void {
    this.known.set(key, needlesOf(secret));
    this.needles = [...this.known.values()]
      .flatMap((entry) => [...entry])
      .sort(([a], [b]) => b.length - a.length);
  }

  readonly redact: Redact = (text) => {
    let result = text;
    for (const [needle, replacement] of this.needles) {
      if (result.includes(needle)) result = result.split(needle).join(replacement);
    }
    return redactPatterns(result);
  };

  /** The same store, remembering every secret that passes through it. */
  watch(store: SecretStore): SecretStore {
    return {
      get encrypted() {
        return store.encrypted;
      },
      get: async (key) => {
        const value = await store.get(key);
        if (value !== null) this.remember(key, value);
        return value;
      },
      set: async (key, value) => {
        this.remember(key, value);
        await store.set(key, value);
      },
      // Forgetting would gain nothing: a removed account's token can still be echoed back.
      delete: (key) => store.delete(key),
    };
  }

  /** The same notifier, with every notice redacted before it is shown. */
  guard(notifier: Notifier): Notifier {
    return { notify: (notice) => notifier.notify(redactDeep(notice, this.redact)) };
  }
}

function needlesOf(secret: string): Map<string, string> {
  const needles = new Map<string, string>();
  const add = (needle: string, minLength = MIN_NEEDLE) => {
    if (needle.length < minLength) return;
    needles.set(needle, REDACTED);
    const encoded = encodeURIComponent(needle);
    if (encoded !== needle) needles.set(encoded, REDACTED);
  };
  for (const value of secretValues(secret)) {
    add(value);
    const url = URL.canParse(value) ? new URL(value) : null;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') continue;
    // An address is its own credential (a webhook): keep only where it points.
    needles.set(value, `${url.origin}/${REDACTED}`);
    add(`${url.pathname}${url.search}`, MIN_URL_PART);
    for (const segment of url.pathname.split('/')) add(safeDecode(segment), MIN_URL_PART);
    for (const part of url.searchParams.values()) add(part);
    add(safeDecode(url.password));
  }
  return needles;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The credential strings in a stored secret: the named fields of its JSON, or the whole string. */
function secretValues(secret: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secret);
  } catch {
    return [secret];
  }
  if (typeof parsed === 'string') return [parsed];
  const values: string[] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      if (SECRET_FIELD.test(field)) values.push(value);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, Array.isArray(value) ? field : key);
    }
  };
  walk(parsed, '');
  return values;
}
