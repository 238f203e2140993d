// Mastodon's browser sign-in: the core registers Cadence on the server and gives an address
// to approve it at; the browser opens there while this polls until the core has the token.
import { useEffect, useEffectEvent, useState } from 'react';
import type { Channel } from '@shared/entities';
import { call, messageOf } from '../../../lib/api';
import { t } from '../../../i18n/i18n';
import { failureWords } from '../../../i18n/owner-words';

const POLL_MS = 1_000;

export function useMastodonSignIn(onConnected: (channel: Channel) => void) {
  const [flowId, setFlowId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function start(input: { instanceUrl: string; channelId?: string; displayName?: string }) {
    setFailure(null);
    setStarting(true);
    try {
      const flow = await call('channels.oauthStart', input);
      // Electron hands new windows to the system browser, where the owner is already signed in.
      window.open(flow.authorizeUrl, '_blank', 'noopener');
      setFlowId(flow.flowId);
    } catch (caught) {
      setFailure(messageOf(caught));
    } finally {
      setStarting(false);
    }
  }

  const finish = useEffectEvent(async (channelId: string | undefined) => {
    const channels = await call('channels.list');
    const channel = channels.find((candidate) => candidate.id === channelId);
    if (channel) onConnected(channel);
    else setFailure(t('connect:mastodon.notFound'));
  });

  useEffect(() => {
    if (!flowId) return;
    let stopped = false;
    let timer = 0;
    const poll = async () => {
      try {
        const status = await call('channels.oauthStatus', { flowId });
        if (stopped) return;
        if (status.state === 'waiting') {
          timer = window.setTimeout(() => void poll(), POLL_MS);
          return;
        }
        setFlowId(null);
        if (status.state === 'failed') {
          setFailure(
            status.message
              ? failureWords(status.message, status.messageKey ?? null)
              : t('connect:mastodon.unfinished'),
          );
        } else {
          await finish(status.channelId);
        }
      } catch (caught) {
        if (stopped) return;
        setFlowId(null);
        setFailure(messageOf(caught));
      }
    };
    timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [flowId]);

  return {
    start,
    starting,
    waiting: flowId !== null,
    failure,
    /** Stops waiting here; an approval given later in the browser is ignored by this form. */
    cancel: () => setFlowId(null),
  };
}
