// The stored kit, and the owner's edits to it until they save.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BrandKit } from '@shared/brand-kit/kit';
import { call, messageOf, subscribe } from '../../lib/api';

export type KitState =
  | { kind: 'loading' }
  | { kind: 'ready'; stored: BrandKit; draft: BrandKit }
  | { kind: 'failed'; message: string };

const same = (a: BrandKit, b: BrandKit) => JSON.stringify(a) === JSON.stringify(b);

export function useBrandKit() {
  const [state, setState] = useState<KitState>({ kind: 'loading' });
  const dirty = state.kind === 'ready' && !same(state.stored, state.draft);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    let current = true;
    const load = () =>
      call('brandKit.get').then(
        (kit) => {
          // A change from elsewhere never overwrites edits the owner has not saved.
          if (!current) return;
          setState((previous) =>
            previous.kind === 'ready' && dirtyRef.current
              ? { ...previous, stored: kit }
              : { kind: 'ready', stored: kit, draft: kit },
          );
        },
        (error: unknown) => current && setState({ kind: 'failed', message: messageOf(error) }),
      );
    void load();
    const unsubscribe = subscribe((event) => {
      if (event.type === 'brandKit.changed') void load();
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);

  const edit = useCallback((draft: BrandKit) => {
    setState((previous) => (previous.kind === 'ready' ? { ...previous, draft } : previous));
  }, []);

  /** The kit the core now holds (after a save or an import) becomes both stored and shown. */
  const replace = useCallback((kit: BrandKit) => setState({ kind: 'ready', stored: kit, draft: kit }), []);

  return { state, dirty, edit, replace };
}
