// Channels: the accounts posts go to, and the ways of connecting them (a token or password, a
// Mastodon sign-in, or a sign-in through the owner's own developer app).
import { z } from 'zod';
import { KeyedText } from '../messages/owner-message';
import { ConnectInput, MastodonOAuthStart } from '../connect-inputs';
import { Channel, Id, LIMITS, Network, PostingAllowance } from '../entities';
import { ChannelAtRisk } from '../posts-at-risk';
import { ById, Deleted, NoInput, Text } from './common';

const FlowId = z.string().min(1).max(100);

export const OwnAppStart = z
  .object({
    network: Network,
    /** Reconnecting keeps the channel (and its posts); omitted for new channels. */
    channelId: Id.optional(),
    displayName: z.string().trim().max(LIMITS.name).optional(),
  })
  .strict();
export type OwnAppStart = z.infer<typeof OwnAppStart>;

/** How the sign-in comes back: to Cadence's listener on 127.0.0.1, or as an address the owner pastes. */
export const CodeReturn = z.enum(['loopback', 'pasted-address']);
export type CodeReturn = z.infer<typeof CodeReturn>;

export const CANDIDATE_KINDS = ['person', 'page', 'organisation', 'account'] as const;

/** One account a sign-in gave (a Facebook Page, its Instagram account, a LinkedIn company page…). */
export const OwnAppCandidate = z.object({
  id: z.string(),
  network: Network,
  handle: z.string(),
  displayName: z.string().nullable(),
  kind: z.enum(CANDIDATE_KINDS),
  /** The channel it would update: already in Cadence under this name. */
  existingChannelName: z.string().nullable(),
});
export type OwnAppCandidate = z.infer<typeof OwnAppCandidate>;

/**
 * What the sign-in could not give, for Settings to explain: 'member-only' when the network refused
 * the scopes for company Pages and Cadence asked again for the member alone (a LinkedIn app without
 * the Community Management API).
 */
export const OwnAppNote = z.enum(['member-only']);
export type OwnAppNote = z.infer<typeof OwnAppNote>;

export const OwnAppStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('waiting'), codeReturn: CodeReturn }),
  z.object({ state: z.literal('choose'), candidates: z.array(OwnAppCandidate), note: OwnAppNote.optional() }),
  z.object({ state: z.literal('done'), channelIds: z.array(Id), note: OwnAppNote.optional() }),
  z.object({ state: z.literal('failed'), message: z.string(), messageKey: z.array(KeyedText).optional() }),
]);
export type OwnAppStatus = z.infer<typeof OwnAppStatus>;

/** What a network says about how many more posts a channel takes, for the composer. */
export const PostingAllowanceReading = z.object({
  /** Null when the network never said (or it does not count posts). */
  allowance: PostingAllowance.nullable(),
  /** Asked just now; false for the last known reading (offline, or X, which says it only in answers to posts). */
  fresh: z.boolean(),
});
export type PostingAllowanceReading = z.infer<typeof PostingAllowanceReading>;

/** The allowance that counts for a channel: a reading when one was taken, else the one stored. */
export function allowanceOf(
  channel: Channel,
  reading: PostingAllowanceReading | undefined,
): PostingAllowance | null | undefined {
  return reading ? reading.allowance : channel.postingAllowance;
}

export const channelsContract = {
  'channels.list': { input: NoInput, output: z.array(Channel) },
  /** Channels whose sign-in ends or was refused before some of their scheduled posts are due. */
  'channels.atRisk': { input: NoInput, output: z.array(ChannelAtRisk) },
  'channels.add': {
    input: z
      .object({
        network: Network,
        displayName: Text(LIMITS.name).trim().min(1, 'input.channelName'),
        handle: Text(LIMITS.handle).trim().min(1, 'input.channelHandle'),
      })
      .strict(),
    output: Channel,
  },
  'channels.remove': { input: ById, output: Deleted },
  /** "Hand off automatically when my laptop goes to sleep", where the network can hold posts (issue 11). */
  'channels.setHandOffOnSleep': {
    input: z.object({ id: Id, on: z.boolean() }).strict(),
    output: Channel,
  },
  /** Instagram's 24-hour limit read afresh when online; X's as its last answers said. */
  'channels.postingAllowance': { input: ById, output: PostingAllowanceReading },

  'channels.connect': { input: ConnectInput, output: Channel },
  'channels.test': { input: ById, output: Channel },
  'channels.disconnect': { input: ById, output: Channel },
  /** Mastodon OAuth: the renderer opens authorizeUrl in the browser, then polls oauthStatus. */
  'channels.oauthStart': {
    input: MastodonOAuthStart,
    output: z.object({ flowId: z.string(), authorizeUrl: z.string() }),
  },
  'channels.oauthStatus': {
    input: z.object({ flowId: FlowId }).strict(),
    output: z.object({
      state: z.enum(['waiting', 'connected', 'failed']),
      message: z.string().optional(),
      messageKey: z.array(KeyedText).optional(),
      channelId: Id.optional(),
    }),
  },

  /**
   * A sign-in with the owner's own developer app (saved through apps.* in settings): the renderer
   * opens authorizeUrl in the system browser, then polls ownAppStatus.
   */
  'channels.ownAppStart': {
    input: OwnAppStart,
    output: z.object({
      flowId: z.string(),
      authorizeUrl: z.string(),
      codeReturn: CodeReturn,
      redirectUri: z.string(),
    }),
  },
  'channels.ownAppStatus': { input: z.object({ flowId: FlowId }).strict(), output: OwnAppStatus },
  /** For networks that cannot send the browser back to Cadence: the address the browser ended on. */
  'channels.ownAppPaste': {
    input: z.object({ flowId: FlowId, address: z.string().trim().min(1).max(8_000) }).strict(),
    output: OwnAppStatus,
  },
  /** Connects the accounts the owner picked from a sign-in that gave several. */
  'channels.ownAppChoose': {
    input: z
      .object({
        flowId: FlowId,
        candidateIds: z.array(z.string().max(10)).min(1).max(LIMITS.channelsPerPost),
      })
      .strict(),
    output: OwnAppStatus,
  },
  /** Stops waiting: the listener on 127.0.0.1 closes. */
  'channels.ownAppCancel': { input: z.object({ flowId: FlowId }).strict(), output: z.null() },
} as const;
