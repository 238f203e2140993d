// @vitest-environment happy-dom
// The application menu's commands as the window carries them out, arriving as 'app.command'
// events from main: a new post, Settings, the shortcuts (also on "?"), and Find.
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src-renderer/src/i18n/i18n';
import { useNavigationStore } from '../../src-renderer/src/state/navigation-store';
import { ShortcutsDialog } from '../../src-renderer/src/app/shortcuts-dialog';
import { useShortcutsStore } from '../../src-renderer/src/state/shortcuts-store';
import { useAppCommands } from '../../src-renderer/src/app/use-app-commands';
import { mountedRoot } from './support/mounted-root';

const mounted = mountedRoot({ bridge: 'desktop' });

function Shell() {
  useAppCommands();
  return (
    <main>
      <ShortcutsDialog />
    </main>
  );
}

beforeEach(async () => {
  useNavigationStore.setState({ view: 'calendar', postId: null, visit: 0, navigated: false });
  useShortcutsStore.setState({ open: false });
  await mounted.render(<Shell />);
});

const command = (name: 'new-post' | 'find' | 'preferences' | 'shortcuts') =>
  act(async () => mounted.bridge.emit({ type: 'app.command', command: name }));

describe('menu commands in the window', () => {
  it('opens a new post and Settings', async () => {
    await command('new-post');
    expect(useNavigationStore.getState()).toMatchObject({ view: 'composer', postId: null, visit: 1 });
    await command('preferences');
    expect(useNavigationStore.getState().view).toBe('settings');
  });

  it('shows the keyboard shortcuts, with the menu accelerators in the desktop app, also on "?"', async () => {
    await command('shortcuts');
    const dialog = document.querySelector('dialog')!;
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    const text = dialog.textContent ?? '';
    expect(text).toContain('Keyboard shortcuts');
    expect(text).toContain('Show these shortcuts');
    expect([...dialog.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(
      expect.arrayContaining(['CtrlN', 'CtrlF', 'Ctrl,', 'J', 'T']),
    );

    await act(async () => useShortcutsStore.getState().hide());
    expect(document.querySelector('dialog dt')).toBeNull();
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
    });
    expect(useShortcutsStore.getState().open).toBe(true);
  });

  it('finds in the page’s search field, or opens the search over all posts', async () => {
    await command('find');
    expect(useNavigationStore.getState().view).toBe('search');
    // The search page renders: the field gets the focus as soon as it is there.
    const field = Object.assign(document.createElement('input'), { type: 'search' });
    await act(async () => document.querySelector('main')!.append(field));
    await vi.waitFor(() => expect(document.activeElement).toBe(field));

    field.blur();
    await command('find');
    expect(document.activeElement).toBe(field);
  });
});
