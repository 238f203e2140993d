// What the Settings screen shows to help an owner register their own developer app for a
// network: numbered steps in plain words, the exact redirect address to paste (with a Copy
// button) and the permissions Cadence asks for. Data only, so main and the renderer share it;
// the words are catalog keys (shared/messages/own-app-guide-messages), shown in the owner's language.
import type { CoreMessageKey, MessageParams } from '../messages/owner-message';

/** A sentence of a guide, as its key in the core catalog. */
export type GuideWordsKey = Extract<CoreMessageKey, `ownAppGuides.${string}`>;

export interface GuideStep {
  /** One instruction in plain words. */
  text: GuideWordsKey;
  /** The values the instruction names (the port Cadence listens on). */
  params?: MessageParams;
  /** Something to paste exactly as written (a redirect address), shown with a Copy button. */
  copy?: string;
}

export interface GuideScope {
  /** The permission in the network's own spelling. */
  name: string;
  /** What it lets Cadence do, in plain words. */
  purpose: GuideWordsKey;
}

export interface OwnAppGuide {
  /** Where the owner creates the app. */
  portalUrl: string;
  steps: readonly GuideStep[];
  /** The redirect address the app must list, exactly. */
  redirectUri: string;
  /**
   * How the code comes back to Cadence. 'loopback' (the default): the browser is sent to
   * Cadence's listener on 127.0.0.1. 'pasted-address': the network redirects only to https
   * addresses (Threads), so the browser ends on a page that does not load and the owner copies
   * its address into Cadence, which reads the code and checks the state from it.
   */
  codeReturn?: 'loopback' | 'pasted-address';
  scopes: readonly GuideScope[];
  /** Whether the app has a secret: "optional" where the network offers both kinds of app. */
  clientSecret: 'required' | 'optional' | 'none';
}
