// The composer's live brand-kit check: the kit is read once (and again when it changes), then
// every keystroke is checked in the page, with no call to the core and no network.
import { useEffect, useMemo, useState } from 'react';
import type { BrandKit } from '@shared/brand-kit/kit';
import { lintPost, type LintProblem } from '@shared/brand-kit/lint';
import type { PostKind } from '@shared/entities';
import { call, subscribe } from '../../lib/api';

export function useKitCheck(text: string, kind: PostKind): LintProblem[] {
  const [kit, setKit] = useState<BrandKit | null>(null);

  useEffect(() => {
    let current = true;
    const load = () =>
      call('brandKit.get').then(
        (loaded) => current && setKit(loaded),
        () => {
          // Without the kit there is nothing to check against; the next kit change tries again.
        },
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

  return useMemo(() => (kit ? lintPost(text, kind, kit) : []), [text, kind, kit]);
}
