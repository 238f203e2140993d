// @atproto/api (with @atproto/common-web, which it builds on) holds about 30 MB of the main
// process: loaded at start, it took an idle Cadence with 100k posts to 148 MB of its 150 MB goal
// (bench core_process_idle_rss_100k_posts). Only Bluesky channels use it, so it is loaded at
// their first sign-in, send or read, as sharp is at the first image.
import type * as AtprotoApi from '@atproto/api';
import type * as AtprotoCommon from '@atproto/common-web';

type AtprotoApiModule = typeof AtprotoApi;

let api: Promise<AtprotoApiModule> | null = null;
let apiLoaded: AtprotoApiModule | null = null;
let common: Promise<typeof AtprotoCommon> | null = null;

export function loadAtprotoApi(): Promise<AtprotoApiModule> {
  api ??= import('@atproto/api').then((module) => (apiLoaded = module));
  return api;
}

/**
 * The library once something has loaded it, else null. Its errors can only exist after it has
 * loaded, so a failure can be sorted synchronously without loading it for nothing.
 */
export function atprotoApiIfLoaded(): AtprotoApiModule | null {
  return apiLoaded;
}

export function loadAtprotoCommon(): Promise<typeof AtprotoCommon> {
  common ??= import('@atproto/common-web');
  return common;
}
