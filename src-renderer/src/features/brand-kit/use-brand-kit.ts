// The stored kit, and the owner's edits to it until they save.
import { useCallback, useState } from 'react';
import type { BrandKit } from '@shared/brand-kit/kit';
import { queryState, useCoreQuery, type QueryState } from '../../lib/use-core-query';

export type KitState = QueryState<{ stored: BrandKit; draft: BrandKit }>;

const same = (a: BrandKit, b: BrandKit) => JSON.stringify(a) === JSON.stringify(b);

export function useBrandKit() {
  const query = useCoreQuery('brandKit.get', undefined, { refreshOn: ['brandKit.changed'] });
  const stored = query.data;
  const setStored = query.setData;
  // The owner's edits; null while the form shows the stored kit.
  const [edits, setEdits] = useState<BrandKit | null>(null);
  // A change from elsewhere never overwrites edits the owner has not saved; edits that had
  // come back to the stored kit give way to the new one.
  const [storedBefore, setStoredBefore] = useState(stored);
  if (stored !== storedBefore) {
    setStoredBefore(stored);
    if (edits !== null && storedBefore !== undefined && same(edits, storedBefore)) setEdits(null);
  }

  const state: KitState = queryState(query, (kit) => ({ stored: kit, draft: edits ?? kit }));
  const dirty = state.kind === 'ready' && !same(state.stored, state.draft);

  const edit = useCallback((draft: BrandKit) => setEdits(draft), []);

  /** The kit the core now holds (after a save or an import) becomes both stored and shown. */
  const replace = useCallback(
    (kit: BrandKit) => {
      setStored(() => kit);
      setEdits(null);
    },
    [setStored],
  );

  return { state, dirty, edit, replace };
}
