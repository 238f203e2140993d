// The library and the saved replies keep a list the owner edits in place: each change is sent,
// then the list is read again, and the form shows the failure's words where there is one.
import { messageOf } from './api';

/** Runs `change`, then `reload`; null on success, or the message to show. */
export async function changeThenReload(
  change: () => Promise<unknown>,
  reload: () => Promise<void>,
): Promise<string | null> {
  try {
    await change();
    await reload();
    return null;
  } catch (error) {
    return messageOf(error);
  }
}
