// The renderer's Content-Security-Policy, in one place: main sends it as a response header,
// src-renderer/index.html carries the same policy in a meta tag (a test keeps them equal),
// and electron.vite.config.ts relaxes the meta only for `electron-vite dev`.

const STRICT_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // https: for account pictures in Settings, served by each network's own image host.
  ['img-src', "'self' data: blob: cadence-media: https:"],
  // Attached videos play from the media store, as images show from it.
  ['media-src', "'self' cadence-media:"],
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
];

// React fast refresh injects an inline preamble and talks to Vite over a websocket, and
// Vite injects CSS as <style> elements; none of that exists in the built app.
const DEV_RELAXATIONS: Readonly<Record<string, string>> = {
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' ws:",
};

export function contentSecurityPolicy(mode: 'production' | 'dev'): string {
  return STRICT_DIRECTIVES.map(([name, value]) => {
    const relaxed = mode === 'dev' ? DEV_RELAXATIONS[name] : undefined;
    return `${name} ${relaxed ?? value}`;
  }).join('; ');
}
