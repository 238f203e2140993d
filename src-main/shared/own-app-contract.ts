// The channels of the IPC contract for networks Cadence signs in to with the owner's own
// developer app (X, Facebook and Instagram, Threads, LinkedIn), spread into contract.ts. The app's
// secret goes in, never out: the renderer only learns that one is saved.
import { z } from 'zod';
import { Id, LIMITS, Network } from './entities';

const NoInput = z.undefined().or(z.null()).or(z.object({}).strict());
const FlowId = z.string().min(1).max(100);

/** What Settings may know of a saved app: its public client id, and whether a secret is kept. */
export const OwnAppSummary = z.object({
  network: Network,
  clientId: z.string(),
  secretSaved: z.boolean(),
});
export type OwnAppSummary = z.infer<typeof OwnAppSummary>;

const ClientId = z
  .string()
  .trim()
  .min(1, 'Enter the client ID (App ID) from your app’s settings')
  .max(500, 'That is too long to be a client ID');

export const OwnAppSave = z
  .object({
    network: Network,
    clientId: ClientId,
    /** A new secret; omitted to keep the one saved, null to forget it (an app without one). */
    clientSecret: z.string().trim().min(1).max(2_000).nullable().optional(),
  })
  .strict();
export type OwnAppSave = z.infer<typeof OwnAppSave>;

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

export const OwnAppStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('waiting'), codeReturn: CodeReturn }),
  z.object({ state: z.literal('choose'), candidates: z.array(OwnAppCandidate) }),
  z.object({ state: z.literal('done'), channelIds: z.array(Id) }),
  z.object({ state: z.literal('failed'), message: z.string() }),
]);
export type OwnAppStatus = z.infer<typeof OwnAppStatus>;

export const ownAppContract = {
  /** Every saved developer app: client id and whether a secret is kept (never the secret). */
  'apps.get': { input: NoInput, output: z.array(OwnAppSummary) },
  /** Keeps the app's id and secret in the keychain. */
  'apps.save': { input: OwnAppSave, output: OwnAppSummary },
  'apps.remove': { input: z.object({ network: Network }).strict(), output: z.null() },
  /** Checks the saved app with the network where it allows that; refuses in plain words otherwise. */
  'apps.test': {
    input: z.object({ network: Network }).strict(),
    output: z.object({ checked: z.literal(true) }),
  },
  /** The renderer opens authorizeUrl in the system browser, then polls ownAppStatus. */
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
};
