// The boundary every request crosses, from Electron IPC or the web bridge alike: the channel
// name and input are untrusted until the contract has parsed them.
import type { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../shared/contract';
import { AppError, type AppErrorShape, type Result } from '../shared/errors';
import { issueWords } from '../shared/messages/input-issue';
import { say, type ShownWords } from '../shared/messages/owner-message';
import type { Handlers } from './handlers/types';
import { redactPatterns, type Redact } from './redact';
import { isExactMonthDays, isExactSummaryList } from './summary-output-check';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * Answers long enough for zod's copying to cost more than their query: a hand check that passes
 * an answer only when the contract's schema would return it unchanged (else zod parses it).
 */
const EXACT_OUTPUT: Partial<Record<ChannelName, (value: unknown) => boolean>> = {
  'calendar.range': isExactSummaryList,
  'calendar.month': isExactMonthDays,
  'posts.listDrafts': isExactSummaryList,
};

/** `redact` cleans every error message before the renderer shows it: a network's words can echo a token. */
export function createDispatch(handlers: Handlers, redact: Redact = redactPatterns): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return failure({ code: 'UNKNOWN_CHANNEL', ...say('errors.unknownRequest') });
    }
    if (hasPrototypeKey(input)) {
      return failure({ code: 'INVALID_INPUT', message: 'The request contains a field named __proto__.' });
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return failure({ code: 'INVALID_INPUT', ...describe(parsed.error) });
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(wellFormed(parsed.data));
      const exact = EXACT_OUTPUT[channel]?.(value) === true;
      return { ok: true, value: exact ? value : spec.output.parse(value) };
    } catch (error) {
      if (error instanceof AppError) return failure(redacted(error.toShape(), redact));
      console.error(`[cadence] ${channel} failed`, error);
      // Never "your work is saved": this may be the answer to a save that failed.
      return failure({ code: 'INTERNAL', ...say('errors.internal') });
    }
  };
}

/** A network's words can sit in the message's values as well as in its English text. */
function redacted(shape: AppErrorShape, redact: Redact): AppErrorShape {
  const params = shape.params
    ? Object.fromEntries(
        Object.entries(shape.params).map(([name, value]) => [
          name,
          typeof value === 'string' ? redact(value) : value,
        ]),
      )
    : undefined;
  return { ...shape, message: redact(shape.message), ...(params ? { params } : {}) };
}

function failure(error: AppErrorShape): Result<never> {
  return { ok: false, error };
}

/**
 * Strict objects already refuse a `__proto__` key, but zod's records drop it silently; a
 * request carrying one is never honest, so it is refused wherever it hides. Iterative and
 * cycle-safe, because Electron's structured clone can deliver both deep and cyclic input.
 */
function hasPrototypeKey(input: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Object.hasOwn(value, '__proto__')) return true;
    for (const child of Object.values(value)) if (typeof child === 'object') pending.push(child);
  }
  return false;
}

/** Half of a surrogate pair with no other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The parsed input with every string made well-formed: a lone surrogate becomes U+FFFD. It has
 * no UTF-8 form, so SQLite would store U+FFFD anyway and encodeURIComponent throws on it (an
 * INTERNAL the fuzz test found); handlers and connectors never meet one. Parsed data is shaped
 * by its schema (plain objects, arrays, primitives), so the walk is short and acyclic.
 */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [wellFormed(key), wellFormed(child)]),
    );
  }
  return value;
}

/**
 * One sentence from zod's issues: a shared schema's own check in the catalog's words (they name
 * what to fix), else zod's words naming the field, for requests no form of Cadence's makes.
 */
function describe(error: z.ZodError): ShownWords {
  const issue = error.issues[0];
  if (!issue) return { message: 'The request was not valid.' };
  const words = issueWords(issue);
  if (words.key) return words;
  const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { message: `${field}${issue.message}` };
}
