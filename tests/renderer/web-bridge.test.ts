// @vitest-environment happy-dom
// Web mode's bridge on first load: the token `npm run web` printed in the address is taken out
// of the address bar (the server's cookie carries it from then on), and the rest is kept.
import { afterEach, describe, expect, it } from 'vitest';
import { installWebBridge } from '../../src-renderer/src/lib/web-bridge';

afterEach(() => {
  delete window.cadence;
  history.replaceState(null, '', '/');
});

describe('the web bridge on first load', () => {
  it('takes the token out of the address, keeping the rest of it and the history entry', () => {
    history.replaceState({ view: 'calendar' }, '', '/?token=abc123_-XYZ&week=2026-11-23#post-1');
    const entries = history.length;
    installWebBridge();
    expect(location.search).toBe('?week=2026-11-23');
    expect(location.hash).toBe('#post-1');
    expect(location.href).not.toContain('abc123_-XYZ');
    expect(history.length).toBe(entries);
    expect(history.state).toEqual({ view: 'calendar' });
    expect(window.cadence).toBeDefined();
  });

  it('leaves an address without a token alone', () => {
    history.replaceState(null, '', '/?week=2026-11-23');
    installWebBridge();
    expect(location.pathname + location.search).toBe('/?week=2026-11-23');
  });
});
