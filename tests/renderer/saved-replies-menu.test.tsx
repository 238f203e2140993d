// @vitest-environment happy-dom
// "Insert saved reply" when the replies cannot be read: the menu says so as an alert, so a screen
// reader speaks it when the panel opens, rather than a quiet line only a sighted owner finds.
import { act } from 'react';
import { expect, it } from 'vitest';
import { SavedRepliesMenu } from '../../src-renderer/src/features/inbox/saved-replies-menu';
import { useSavedRepliesStore } from '../../src-renderer/src/features/inbox/saved-replies-store';
import { mountedRoot } from './support/mounted-root';

const mounted = mountedRoot({ bridge: 'none', english: true });

it('announces a failed read of the saved replies when the menu opens', async () => {
  useSavedRepliesStore.setState({ replies: [], loadError: 'The saved replies could not be read.' });
  await mounted.render(<SavedRepliesMenu onInsert={() => {}} />);
  const button = mounted.host.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
  await act(async () => button.click());

  const alert = mounted.host.querySelector('[role="alert"]');
  expect(alert?.textContent).toBe('The saved replies could not be read.');
  expect(alert?.classList.contains('inline-error')).toBe(true);
});
