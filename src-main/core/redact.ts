// Credentials by their shape, taken out of any text before Cadence stores or shows it. Servers
// echo what they were sent (a 404 page naming the path, a proxy's debug page listing headers),
// and Telegram puts the bot token in every URL, so an answer or an error message can carry a
// credential that no code meant to keep. Known secrets are matched exactly by SecretRedactor.
import type { KeyedSentences } from '../shared/messages/owner-message';

export const REDACTED = '[redacted]';

export type Redact = (text: string) => string;

/** Names of query parameters, form fields and headers whose values are credentials. */
const SECRET_NAME = String.raw`[\w.-]*(?:token|secret|passw(?:or)?d|pwd|jwt|signature|sig|key|auth|code|session|credential)[\w.-]*`;
/** JSON keys whose values are credentials: narrower, since answers are full of "error_code" and the like. */
const SECRET_JSON_KEY = String.raw`[\w-]*(?:token|secret|password|jwt|signature|api_?key)[\w-]*`;
/** Where a value written inside a URL or a header ends. */
const VALUE = String.raw`[^\s&#"'<>,;]+`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // user:pass@ (or a bare token@) in any URL.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi, `$1${REDACTED}@`],
  // Telegram's /bot<token>/ path, the token plain or percent-encoded.
  [/\/bot\d+(?::|%3A)[^\s/?#"'<>]+/gi, `/bot${REDACTED}`],
  // A bare Telegram bot token: the bot's id, a colon and at least 30 token characters.
  [/\d+:[A-Za-z0-9_-]{30,}/g, REDACTED],
  // Webhook addresses are their own credential: Discord's /api/webhooks/<id>/<token>, and the
  // /hooks/… and /webhook/… paths of Zapier, n8n and most others, and hooks.<host> (Slack).
  [/\/api\/(?:v\d+\/)?webhooks\/[^\s?#"'<>]+/gi, `/api/webhooks/${REDACTED}`],
  [/\/(webhooks?|hooks?)\/[^\s?#"'<>]+/gi, `/$1/${REDACTED}`],
  [/(\/\/hooks?\.[^\s/?#"'<>]+)\/[^\s?#"'<>]+/gi, `$1/${REDACTED}`],
  // ?access_token=…, &key=…, &signature=… in queries and form bodies.
  [new RegExp(String.raw`([?&;]${SECRET_NAME}=)${VALUE}`, 'gi'), `$1${REDACTED}`],
  // "access_token": "…" in JSON.
  [new RegExp(String.raw`("${SECRET_JSON_KEY}"\s*:\s*")(?:[^"\\]|\\.)*"`, 'gi'), `$1${REDACTED}"`],
  // Authorization: Bearer …, Authorization: Basic …, X-Api-Key: … as a server might list them.
  [/\b((?:proxy-)?authorization\s*[:=]\s*)(?:[A-Za-z]+\s+)?[^\s,;"'<>]+/gi, `$1${REDACTED}`],
  [new RegExp(String.raw`\b(x-${SECRET_NAME}\s*:\s*)${VALUE}`, 'gi'), `$1${REDACTED}`],
  [/\bBearer\s+[A-Za-z0-9._~+/-]+=*/g, `Bearer ${REDACTED}`],
  // JSON Web Tokens (Bluesky's session tokens among them), wherever they appear.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, REDACTED],
];

/** The text with every credential-shaped part replaced by [redacted]. */
export function redactPatterns(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}

/** A copy of a JSON-like value with `redact` applied to every string in it (keys stay). */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, redact)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]),
    ) as T;
  }
  return value;
}

/** A stored failure's catalog values can carry a network's words too: redacted like its text. */
export function redactKeys(sentences: KeyedSentences | undefined, redact: Redact): KeyedSentences {
  if (!sentences) return null;
  return sentences.map(({ key, params }) => (params ? { key, params: redactDeep(params, redact) } : { key }));
}
