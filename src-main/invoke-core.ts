// The main process calls the core through the same dispatch as the window does, so its
// requests are parsed by the contract too; this only restores the types dispatch erases.
import type { Core } from './core/create-core';
import type { ChannelInput, ChannelName, ChannelOutput } from './shared/contract';
import type { Result } from './shared/errors';

export function invokeCore<C extends ChannelName>(
  core: Pick<Core, 'invoke'>,
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  // dispatch parses every output with the contract's schema for this channel.
  return core.invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;
}
