// The composer's live brand-kit check: the kit is read once (and again when it changes), then
// every keystroke is checked in the page, with no call to the core and no network.
import { useMemo } from 'react';
import { lintPost, type LintProblem } from '@shared/brand-kit/lint';
import type { PostKind } from '@shared/entities';
import { useCoreQuery } from '../../lib/use-core-query';

export function useKitCheck(text: string, kind: PostKind): LintProblem[] {
  // Without the kit there is nothing to check against; the next kit change reads it again.
  const kit = useCoreQuery('brandKit.get', undefined, { refreshOn: ['brandKit.changed'] }).data;

  return useMemo(() => (kit ? lintPost(text, kind, kit) : []), [text, kind, kit]);
}
