// The browser sign-in with the owner's own developer app: the core gives an address to allow
// Cadence at; the browser opens there while this polls the core until the sign-in comes back
// (to Cadence's listener, or as an address the owner pastes), then lets the owner pick the
// accounts when the sign-in gave several.
import { useEffect, useEffectEvent, useState } from 'react';
import type { Channel, Network } from '@shared/entities';
import type { CodeReturn, OwnAppCandidate, OwnAppNote, OwnAppStatus } from '@shared/contract/channels';
import { call, messageOf } from '../../../lib/api';
import { t } from '../../../i18n/i18n';
import { failureWords } from '../../../i18n/owner-words';

const POLL_MS = 1_000;

type Phase =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'waiting'; flowId: string; codeReturn: CodeReturn }
  | { kind: 'choosing'; flowId: string; candidates: OwnAppCandidate[] }
  | { kind: 'finishing'; flowId: string; candidates: OwnAppCandidate[] };

export function useOwnAppSignIn(onConnected: (channel: Channel, note?: OwnAppNote) => void) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);

  async function start(input: { network: Network; channelId?: string; displayName?: string }) {
    setFailure(null);
    setPhase({ kind: 'starting' });
    try {
      const flow = await call('channels.ownAppStart', input);
      // Electron hands new windows to the system browser, where the owner is already signed in.
      window.open(flow.authorizeUrl, '_blank', 'noopener');
      setPhase({ kind: 'waiting', flowId: flow.flowId, codeReturn: flow.codeReturn });
    } catch (caught) {
      setFailure(messageOf(caught));
      setPhase({ kind: 'idle' });
    }
  }

  async function settle(flowId: string, status: OwnAppStatus) {
    switch (status.state) {
      case 'waiting':
        return;
      case 'choose':
        setPhase({ kind: 'choosing', flowId, candidates: status.candidates });
        return;
      case 'failed':
        setPhase({ kind: 'idle' });
        setFailure(failureWords(status.message, status.messageKey ?? null));
        return;
      case 'done': {
        setPhase({ kind: 'idle' });
        const channels = await call('channels.list');
        const first = channels.find((channel) => channel.id === status.channelIds[0]);
        if (first) onConnected(first, status.note);
        else setFailure(t('connect:ownApp.notFound'));
      }
    }
  }
  const settleFromPoll = useEffectEvent((flowId: string, status: OwnAppStatus) => settle(flowId, status));

  /** Runs a step of the sign-in and moves on with what the core answers. */
  async function step(flowId: string, work: () => Promise<OwnAppStatus>, onError: 'keep' | 'end') {
    setFailure(null);
    try {
      await settle(flowId, await work());
    } catch (caught) {
      setFailure(messageOf(caught));
      if (onError === 'end') setPhase({ kind: 'idle' });
    }
  }

  const waitingFor = phase.kind === 'waiting' ? phase.flowId : null;
  useEffect(() => {
    if (!waitingFor) return;
    let stopped = false;
    let timer = 0;
    const poll = async () => {
      try {
        const status = await call('channels.ownAppStatus', { flowId: waitingFor });
        if (stopped) return;
        if (status.state === 'waiting') timer = window.setTimeout(() => void poll(), POLL_MS);
        else await settleFromPoll(waitingFor, status);
      } catch (caught) {
        if (stopped) return;
        setPhase({ kind: 'idle' });
        setFailure(messageOf(caught));
      }
    };
    timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [waitingFor]);

  return {
    phase,
    failure,
    busy: phase.kind !== 'idle',
    start,
    /** The address the browser stopped on (networks that cannot come back to Cadence). */
    paste: (flowId: string, address: string) =>
      step(flowId, () => call('channels.ownAppPaste', { flowId, address }), 'keep'),
    choose: (flowId: string, candidates: OwnAppCandidate[], candidateIds: string[]) => {
      setPhase({ kind: 'finishing', flowId, candidates });
      return step(flowId, () => call('channels.ownAppChoose', { flowId, candidateIds }), 'end');
    },
    /** Stops waiting; the listener on this computer closes. */
    cancel: () => {
      if (phase.kind !== 'idle' && phase.kind !== 'starting') {
        void call('channels.ownAppCancel', { flowId: phase.flowId }).catch(() => undefined);
      }
      setPhase({ kind: 'idle' });
    },
  };
}
