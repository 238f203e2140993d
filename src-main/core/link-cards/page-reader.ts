// Reads one web page (or its preview image) for a link card, within limits: http and https only,
// at most three redirects, a capped number of bytes and a time limit. Every address a host
// resolves to is checked by the guard before the connection is made, on the first request and
// on each redirect, and the connection goes to the checked address (no second look-up that a
// hostile DNS server could answer differently).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { AddressGuard } from './public-address';

export const MAX_REDIRECTS = 3;

/** Every address a host name resolves to; dns.lookup in the app. */
export type HostLookup = (hostname: string) => Promise<LookupAddress[]>;

/** The system's resolver, all addresses at once. */
export const systemLookup: HostLookup = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, found) => (error ? reject(error) : resolve(found))),
  );

export interface PageLimits {
  guard: AddressGuard;
  lookup: HostLookup;
  /** Bytes read at most; a page's head comes first, so a cut HTML page still has its tags. */
  maxBytes: number;
  /** Milliseconds for the whole read, redirects included. */
  timeoutMs: number;
}

export interface ReadPage {
  /** The address that answered, after redirects: relative image addresses resolve against it. */
  url: string;
  contentType: string;
  bytes: Buffer;
  /** Whether the body went on past maxBytes. */
  cut: boolean;
}

/** Why a page was not read; never shown as it is (the composer says "no preview"). */
export class PageNotRead extends Error {}

export async function readPage(address: string, limits: PageLimits): Promise<ReadPage> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let url = parseWebAddress(address);
  for (let redirects = 0; ; redirects++) {
    const answer = await requestOnce(url, limits, deadline);
    const location = answer.headers.location;
    if (answer.statusCode && answer.statusCode >= 300 && answer.statusCode < 400 && location) {
      answer.resume();
      if (redirects >= MAX_REDIRECTS) throw new PageNotRead(`more than ${MAX_REDIRECTS} redirects`);
      url = parseWebAddress(new URL(location, url).href);
      continue;
    }
    if (answer.statusCode !== 200) {
      answer.resume();
      throw new PageNotRead(`HTTP ${answer.statusCode}`);
    }
    const { bytes, cut } = await bodyOf(answer, limits.maxBytes, deadline);
    return { url: url.href, contentType: String(answer.headers['content-type'] ?? ''), bytes, cut };
  }
}

function parseWebAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PageNotRead('not an address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new PageNotRead('not a web address');
  if (url.username || url.password) throw new PageNotRead('an address with a password');
  return url;
}

function requestOnce(url: URL, limits: PageLimits, deadline: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // A literal address is connected to without a look-up, so it is checked here.
  if (isIP(host) !== 0 && !limits.guard(host)) return Promise.reject(new PageNotRead('address refused'));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: 'GET',
      signal: deadline,
      lookup: guardedLookup(limits.guard, limits.lookup),
      headers: {
        'user-agent': 'Cadence link preview',
        accept: 'text/html,application/xhtml+xml,image/*;q=0.9',
        // Compressed bodies would defeat the byte cap (a small gzip can inflate to gigabytes).
        'accept-encoding': 'identity',
      },
    });
    request.once('response', resolve);
    request.once('error', (error) => reject(new PageNotRead(error.message)));
    request.end();
  });
}

/** The look-up, refusing the name when any address it resolves to fails the guard. */
function guardedLookup(guard: AddressGuard, lookup: HostLookup): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname).then(
      (found) => {
        if (found.length === 0 || !found.every((entry) => guard(entry.address))) {
          return callback(Object.assign(new Error('address refused'), { code: 'EREFUSED' }), '', 0);
        }
        if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, found);
        return callback(null, found[0]!.address, found[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

function bodyOf(
  answer: IncomingMessage,
  maxBytes: number,
  deadline: AbortSignal,
): Promise<{ bytes: Buffer; cut: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (cut: boolean) => {
      deadline.removeEventListener('abort', onAbort);
      resolve({ bytes: Buffer.concat(chunks).subarray(0, maxBytes), cut });
    };
    const onAbort = () => {
      answer.destroy();
      reject(new PageNotRead('too slow'));
    };
    deadline.addEventListener('abort', onAbort, { once: true });
    answer.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > maxBytes) {
        answer.destroy();
        done(true);
      }
    });
    answer.once('end', () => done(false));
    answer.once('error', (error) => reject(new PageNotRead(error.message)));
  });
}
