// The card of the post's first link, asked of the core once the owner stops typing a moment.
// Each address is asked once per composer; a failed read shows as "no card", never as an error,
// since the card is read again when the post is sent.
import { useEffect, useState } from 'react';
import { findLinks } from '@shared/brand-kit/links';
import type { LinkCardPreview } from '@shared/contract/previews';
import { call } from '../../../lib/api';

export type LinkCardState =
  | { status: 'no-link' }
  | { status: 'reading'; url: string }
  | { status: 'read'; url: string; card: LinkCardPreview }
  | { status: 'no-card'; url: string };

/** How long typing must pause before a link is read: one read per link, not per keystroke. */
const PAUSE_MS = 700;

export function useLinkCard(text: string): LinkCardState {
  const url = findLinks(text)[0]?.url ?? null;
  const [read, setRead] = useState<Record<string, LinkCardPreview | null>>({});
  useEffect(() => {
    if (url === null || url in read) return;
    let current = true;
    const timer = setTimeout(() => {
      call('previews.linkCard', { url })
        .catch(() => null)
        .then((card) => {
          if (current) setRead((known) => ({ ...known, [url]: card }));
        });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [url, read]);
  if (url === null) return { status: 'no-link' };
  if (!(url in read)) return { status: 'reading', url };
  const card = read[url];
  return card ? { status: 'read', url, card } : { status: 'no-card', url };
}
