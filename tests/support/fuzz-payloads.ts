// What the IPC fuzz test sends: arbitrary values for every channel, and valid inputs with a few
// hostile changes (a key dropped, a value of the wrong type, a huge string, deep nesting, a
// `__proto__` key, NaN or an absurd number, an extra key, another entity's id). A payload is a
// plan of changes, applied to the channel's valid seed only when it is sent, so it stays small
// to print and shrink, and reads the world's ids as they are at that moment.
import fc from 'fast-check';
import { CHANNEL_NAMES, type ChannelName } from '../../src-main/shared/contract';

export type Replacement =
  | { kind: 'value'; value: unknown }
  | { kind: 'huge-string'; length: number }
  | { kind: 'deep'; depth: number; shape: 'array' | 'object' }
  /** An id of some entity in the world, whatever its kind, picked by index. */
  | { kind: 'world-id'; index: number };

export type Mutation =
  /** The value at `at` becomes another of its own type: the input often stays valid. */
  | { op: 'tweak'; at: number; text: string; number: number; id: number; useId: boolean }
  | { op: 'drop'; at: number }
  | { op: 'replace'; at: number; with: Replacement }
  | { op: 'extra-key'; at: number; key: string; with: Replacement }
  | { op: 'proto-key'; at: number };

export type Payload =
  | { form: 'arbitrary'; channel: ChannelName; input: unknown }
  | { form: 'mutated'; channel: ChannelName; mutations: Mutation[] };

const SPECIAL_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  0.5,
  -0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31),
  8_640_000_000_000_001,
  Number.EPSILON,
];

/** Instants anywhere in the contract's range, and at its edges and the calendar's. */
const instant = fc.oneof(
  fc.maxSafeNat().map((n) => n % 8_640_000_000_000_001),
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  fc.constantFrom(
    0,
    8_640_000_000_000_000,
    Date.UTC(1969, 11, 31),
    Date.UTC(1970, 0, 1, 0, 30),
    Date.UTC(1971, 0, 1),
    Date.UTC(9998, 11, 31),
    Date.UTC(9999, 11, 31, 23, 59),
    Date.UTC(10000, 0, 1),
  ),
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Strings shaped like what the contract reads, with out-of-range parts: dates, times, periods. */
const shapedString = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
    )
    .map(([y, mo, d, h, mi]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}`),
  fc.integer({ min: 0, max: 9999 }).map((y) => `week:${pad(y, 4)}-01-05`),
  fc.integer({ min: 0, max: 9999 }).map((y) => `month:${pad(y, 4)}-13`),
);
const oddString = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\ufeff',
  '\ud800',
  'UTC',
  'Etc/GMT+14',
  'Pacific/Kiritimati',
  '../../etc/passwd',
  "'; drop table posts; --",
  '=HYPERLINK("http://x")',
  'http://127.0.0.1:9/',
  'https://user:pass@127.0.0.1:9/',
  'once',
  'x',
);
const text = fc.oneof(
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: shapedString, weight: 3 },
  { arbitrary: oddString, weight: 3 },
);

const value: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: instant, weight: 2 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: text, weight: 5 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, [], {}), weight: 2 },
  { arbitrary: fc.array(text, { maxLength: 60 }), weight: 1 },
  // Electron's structured clone carries these too; JSON cannot.
  { arbitrary: fc.oneof(fc.bigInt(), fc.date({ noInvalidDate: false })), weight: 1 },
);

const replacement: fc.Arbitrary<Replacement> = fc.oneof(
  { arbitrary: value.map((v) => ({ kind: 'value' as const, value: v })), weight: 12 },
  {
    arbitrary: fc
      .constantFrom(65, 101, 201, 2_001, 20_001, 200_001, 2_100_000)
      .map((length) => ({ kind: 'huge-string' as const, length })),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      depth: fc.integer({ min: 50, max: 20_000 }),
      shape: fc.constantFrom('array' as const, 'object' as const),
    }),
    weight: 1,
  },
  { arbitrary: fc.nat().map((index) => ({ kind: 'world-id' as const, index })), weight: 4 },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('tweak' as const),
      at: fc.nat(),
      text,
      number: fc.oneof(instant, fc.integer({ min: -2, max: 600 }), fc.constantFrom(...SPECIAL_NUMBERS)),
      id: fc.nat(),
      useId: fc.boolean(),
    }),
  },
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), with: replacement }),
  },
  fc.record({
    op: fc.constant('extra-key' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('constructor', 'prototype', 'toString', 'id'),
    ),
    with: replacement,
  }),
  fc.record({ op: fc.constant('proto-key' as const), at: fc.nat() }),
);

const channel = fc.constantFrom(...CHANNEL_NAMES);

export const payloads: fc.Arbitrary<Payload> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      form: fc.constant('arbitrary' as const),
      channel,
      input: fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.anything({
          maxDepth: 3,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
          withSparseArray: true,
        }),
      ),
    }),
  },
  {
    weight: 7,
    arbitrary: fc.record({
      form: fc.constant('mutated' as const),
      channel,
      // None at all is the valid seed itself: the handlers' success paths get fuzzed state too.
      mutations: fc.array(mutation, { minLength: 0, maxLength: 4 }),
    }),
  },
);

/** The input to send: the payload's own value, or the seed with the planned changes made. */
export function materialise(payload: Payload, seed: unknown, worldIds: string[]): unknown {
  if (payload.form === 'arbitrary') return payload.input;
  const box: Record<string, unknown> = { root: structuredClone(seed) };
  for (const change of payload.mutations) apply(box, change, worldIds);
  return box.root;
}

type Slot = [container: Record<string, unknown> | unknown[], key: string | number];

function apply(box: Record<string, unknown>, change: Mutation, worldIds: string[]): void {
  const slots = slotsOf(box);
  const containers = slots
    .map(([container, key]) => (container as Record<string, unknown>)[key as string])
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
  const pick = <T>(list: T[], at: number): T | undefined => list[at % Math.max(1, list.length)];
  switch (change.op) {
    case 'tweak': {
      const [container, key] = pick(slots, change.at)!;
      const record = container as Record<string | number, unknown>;
      const current = record[key];
      if (typeof current === 'string') {
        record[key] = change.useId ? worldIds[change.id % worldIds.length] : change.text;
      } else if (typeof current === 'number') record[key] = change.number;
      else if (typeof current === 'boolean') record[key] = !current;
      return;
    }
    case 'drop': {
      const slot = pick(slots.slice(1), change.at);
      if (!slot) return;
      const [container, key] = slot;
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key];
      return;
    }
    case 'replace': {
      const [container, key] = pick(slots, change.at)!;
      (container as Record<string | number, unknown>)[key] = build(change.with, worldIds);
      return;
    }
    case 'extra-key': {
      const target = pick(containers, change.at);
      if (target) target[change.key] = build(change.with, worldIds);
      return;
    }
    case 'proto-key': {
      const target = pick(containers, change.at);
      // An own property named __proto__, as JSON.parse makes one.
      if (target) {
        Object.defineProperty(target, '__proto__', {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return;
    }
  }
}

/** Every place a value sits, the root first; each container once, should a change make a cycle. */
function slotsOf(box: Record<string, unknown>): Slot[] {
  const slots: Slot[] = [[box, 'root']];
  const seen = new Set<unknown>();
  for (let i = 0; i < slots.length; i++) {
    const [container, key] = slots[i]!;
    const value = (container as Record<string | number, unknown>)[key];
    if (seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) value.forEach((_, index) => slots.push([value, index]));
    else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const child of Object.keys(value)) slots.push([value as Record<string, unknown>, child]);
    }
  }
  return slots;
}

function build(replacement: Replacement, worldIds: string[]): unknown {
  switch (replacement.kind) {
    case 'value':
      // A copy: a later change to this payload must not reach the generator's shared values.
      return structuredClone(replacement.value);
    case 'huge-string':
      return 'x'.repeat(replacement.length);
    case 'world-id':
      return worldIds[replacement.index % worldIds.length];
    case 'deep': {
      let nested: unknown = 'leaf';
      for (let i = 0; i < replacement.depth; i++)
        nested = replacement.shape === 'array' ? [nested] : { a: nested };
      return nested;
    }
  }
}
