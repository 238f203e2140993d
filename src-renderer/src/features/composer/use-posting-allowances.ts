// What the networks of the picked channels say about posts left (Instagram's 24-hour limit, X's
// 24-hour window and plan cap), asked of the core whenever the picked channels change, and again
// when the answer may have changed (the post went out, the connection came back): the core reads
// Instagram afresh while online and gives the last reading otherwise.
import { useEffect, useState } from 'react';
import type { PostingAllowanceReading } from '@shared/contract/channels';
import type { Channel, Network } from '@shared/entities';
import { call } from '../../lib/api';

/** The networks that count the posts an app or account may make. */
const COUNTING: ReadonlySet<Network> = new Set<Network>(['instagram', 'x']);

/** `askAgain` changes whenever the readings may have changed. */
export function usePostingAllowances(
  channels: readonly Channel[],
  askAgain: string,
): Record<string, PostingAllowanceReading> {
  const [readings, setReadings] = useState<Record<string, PostingAllowanceReading>>({});
  const asked = channels
    .filter((channel) => COUNTING.has(channel.network) && channel.connection === 'connected')
    .map((channel) => channel.id)
    .join(' ');

  useEffect(() => {
    let current = true;
    for (const id of asked === '' ? [] : asked.split(' ')) {
      call('channels.postingAllowance', { id }).then(
        (reading) => {
          if (current) setReadings((known) => ({ ...known, [id]: reading }));
        },
        // The counter then shows the channel's own last reading; a send says what went wrong.
        () => undefined,
      );
    }
    return () => {
      current = false;
    };
  }, [asked, askAgain]);

  return readings;
}
